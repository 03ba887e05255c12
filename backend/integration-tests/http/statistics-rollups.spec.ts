import {
  BULK_REFRESH_ROLLUPS_SQL, REFRESH_ROLLUPS_SQL, bucketOf, compactParams, getAcquisition, getOverview, getProducts, getSeoTraffic, getTraffic, refreshRollups,
  type QueryFn, type ReportFilter,
} from "@comptoir/analytics"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { knexQuery } from "../../src/api/admin/statistiques/reports"

// The reports' rollups (analytics reports/rollup.ts) against late and duplicate events: after
// an incremental refresh they must hold exactly what a rebuild from all the events holds, and
// the reports must read the same numbers from both. The history is written ten minutes "before"
// (created_at), so that the refresh's one-minute look-back cannot hide a missed event.
// A bulk write (the simulator's history) is taken in one pass rather than visit by visit; what
// it builds must equal the visit-by-visit build, and the refreshes after it must stay exact.

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
  transaction: Parameters<typeof knexQuery>[0]["transaction"]
}

interface Row {
  uuid: string
  event?: string
  visitor: string | null
  session: string
  /** Hours after the dataset's base time. */
  at: number
  pathname?: string
  channel?: string
  device?: string
  simulated?: boolean
  bot?: boolean
}

const DAY = 86_400_000
const base = Date.UTC(2026, 9, 1, 8) // 1 October 2026, 08:00 UTC

async function insert(db: Knex, rows: Row[], insertedMinutesAgo = 0): Promise<number> {
  let inserted = 0
  for (const row of rows) {
    // ON CONFLICT DO NOTHING: the ingest's own rule for an event already stored (same uuid).
    const { rows: written } = await db.raw(
      `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, channel, device_type,
         is_bot, is_simulated, lib, properties, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'web', '{}', now() - make_interval(mins => ?))
       ON CONFLICT (uuid) DO NOTHING RETURNING uuid`,
      [row.uuid, row.event ?? "$pageview", row.visitor, row.session, new Date(base + row.at * 3_600_000).toISOString(),
        row.pathname ?? "/fr", row.channel ?? "direct", row.device ?? "desktop", row.bot ?? false, row.simulated ?? false, insertedMinutesAgo]
    )
    inserted += written.length
  }
  return inserted
}

const ROLLUPS = {
  captured_session: "session_id",
  captured_session_page: "session_id, pathname",
  captured_session_product: "session_id, product_id",
  captured_order_visit: "order_id",
  captured_search: "uuid",
}

async function snapshot(db: Knex, query: QueryFn, filter: ReportFilter): Promise<unknown> {
  const tables: Record<string, unknown> = {}
  for (const [table, key] of Object.entries(ROLLUPS)) tables[table] = (await db.raw(`SELECT * FROM ${table} ORDER BY ${key}`)).rows
  const strip = <T extends { generatedAt?: string }>(report: T) => ({ ...report, generatedAt: undefined })
  return {
    tables,
    overview: strip(await getOverview(query, filter)),
    traffic: strip(await getTraffic(query, filter)),
    acquisition: strip(await getAcquisition(query, filter)),
    products: strip(await getProducts(query, filter)),
    seo: strip(await getSeoTraffic(query, filter)),
  }
}

/**
 * How the overview, traffic and référencement reports read the visit rollup (the scans of
 * captured_session aliased s, s_1 when a plan holds two), were the covering indexes their only
 * way in: sequential and bitmap scans off, the table vacuumed (its visibility map set, as
 * autovacuum keeps it), and the plain started_at index set aside (dropped in a transaction
 * rolled back), since over a table this small it and a few heap pages can cost less than the
 * wide covering index.
 */
async function visitScans(db: Knex, filter: ReportFilter): Promise<string[]> {
  await db.raw("VACUUM ANALYZE captured_session")
  const scans: string[] = []
  const rollBack = new Error("rolled back")
  await db.transaction(async (trx) => {
    await trx.raw("SET LOCAL enable_seqscan = off", [])
    await trx.raw("SET LOCAL enable_bitmapscan = off", [])
    await trx.raw(`DROP INDEX "IDX_captured_session_started_at"`, [])
    const query = knexQuery(trx as unknown as Parameters<typeof knexQuery>[0])
    const explaining: QueryFn = async (sql, params) => {
      if (!sql.includes("captured_rollup_state")) {
        const plan = await query(`EXPLAIN (COSTS OFF) ${sql}`, params)
        scans.push(...plan.map((row) => String(row["QUERY PLAN"]).replace(/^\s*(->\s*)?/, "")).filter((line) => / on captured_session s(_\d+)?$/.test(line)))
      }
      return query(sql, params)
    }
    await getOverview(explaining, filter)
    await getTraffic(explaining, filter)
    await getSeoTraffic(explaining, filter)
    throw rollBack
  }).catch((error: unknown) => {
    if (error !== rollBack) throw error
  })
  return scans
}

medusaIntegrationTestRunner({
  testSuite: ({ dbConnection }) => {
    describe("Statistiques rollups", () => {
      it("cut buckets where the time zone cuts them, daylight saving changes and half-hour zones included", async () => {
        // bucketOf reads each UTC minute's bucket from a table of the period (sql.ts): every
        // instant, stepped by an odd 7 min 13.5 s, must land where converting it to the zone does.
        const query = knexQuery(dbConnection as unknown as Knex)
        const cases: [string, string, string, string][] = [
          ["2026-10-20T00:00:00Z", "2026-11-05T00:00:00Z", "Europe/Paris", "hour"],
          ["2026-10-20T00:00:00Z", "2026-11-05T00:00:00Z", "America/New_York", "day"],
          ["2026-03-01T00:00:00Z", "2026-04-15T00:00:00Z", "America/St_Johns", "week"],
          ["2026-10-01T03:17:00Z", "2026-10-09T00:00:00Z", "Asia/Kathmandu", "hour"],
          ["2026-10-01T00:00:00Z", "2026-10-20T00:00:00Z", "Australia/Lord_Howe", "day"],
          // Outside the table's range (before 1973, a seconds offset): converted row by row.
          ["1971-12-20T00:00:00Z", "1972-01-15T00:00:00Z", "Africa/Monrovia", "day"],
        ]
        for (const [from, to, zone, granularity] of cases) {
          const { sql, params } = compactParams(
            `SELECT count(*) AS instants, count(*) FILTER (WHERE ${bucketOf("t")} IS DISTINCT FROM
               date_trunc($5::text, t AT TIME ZONE $4::text) AT TIME ZONE $4::text) AS misplaced
             FROM generate_series($1::timestamptz, $2::timestamptz - interval '1 microsecond', interval '7 minutes 13.5 seconds') t`,
            [from, to, false, zone, granularity]
          )
          const [row] = await query(sql, params)
          expect([zone, Number(row?.instants) > 1000, Number(row?.misplaced)]).toEqual([zone, true, 0])
        }
      })
      it("stay equal to a rebuild from scratch when late and duplicate events arrive", async () => {
        const db = dbConnection as unknown as Knex
        const query = knexQuery(db)
        const filter: ReportFilter = {
          period: { from: new Date(base).toISOString(), to: new Date(base + 6 * DAY).toISOString() },
          comparison: null,
          includeSimulated: false,
          granularity: "day",
        }
        // Visitor A: visits on days 1 and 3. Visitor B: day 2 (simulated traffic on day 4).
        const history: Row[] = [
          { uuid: "h1", visitor: "A", session: "a1", at: 24, pathname: "/fr", channel: "organic_search" },
          { uuid: "h2", visitor: "A", session: "a1", at: 24.1, pathname: "/fr/store", channel: "organic_search" },
          { uuid: "h3", visitor: "A", session: "a3", at: 72, pathname: "/fr/store", channel: "direct", device: "mobile" },
          { uuid: "h4", visitor: "B", session: "b2", at: 48, pathname: "/fr", channel: "referral" },
          { uuid: "h5", visitor: "B", session: "b4", at: 96, pathname: "/fr", channel: "direct", simulated: true },
        ]
        expect(await insert(db, history, 10)).toBe(5)
        await refreshRollups(query)
        const before = (await getOverview(query, filter)).metrics.find((metric) => metric.id === "visitors")
        expect(before?.value).toBe(2)

        // Late: A's visit of day 0 arrives now (A's first visit changes), a page of a1 seen
        // before its landing page, B's first real visit of day 5 (its visit of day 4 is
        // simulated), a robot in a1. Duplicates: h1 and h4 again with other contents, ignored.
        const late: Row[] = [
          { uuid: "l1", visitor: "A", session: "a0", at: 2, pathname: "/fr/cart", channel: "direct" },
          { uuid: "l2", visitor: "A", session: "a1", at: 23.9, pathname: "/fr/products/tasse", channel: "email" },
          { uuid: "l3", visitor: "B", session: "b5", at: 120, pathname: "/fr/store", channel: "referral" },
          { uuid: "l4", visitor: "A", session: "a1", at: 24.2, pathname: "/fr/robot", bot: true },
          { uuid: "h1", visitor: "Z", session: "z9", at: 1, pathname: "/fr/duplicate" },
          { uuid: "h4", visitor: "B", session: "b2", at: 48.5, pathname: "/fr/duplicate" },
        ]
        expect(await insert(db, late)).toBe(4)
        await refreshRollups(query)
        const incremental = await snapshot(db, query, filter)

        for (const table of Object.keys(ROLLUPS)) await db.raw(`TRUNCATE ${table}`)
        await db.raw(`UPDATE captured_rollup_state SET watermark = '-infinity'`)
        await refreshRollups(query)
        const rebuilt = await snapshot(db, query, filter)
        expect(incremental).toEqual(rebuilt)

        // By hand: real visits a0, a1, b2, a3, b5 (b4 simulated); visitors A and B; a1 now
        // lands on the product page (its earliest page view) from email; nobody saw /fr/duplicate.
        const overview = rebuilt as { overview: Awaited<ReturnType<typeof getOverview>> }
        const values = Object.fromEntries(overview.overview.metrics.map((metric) => [metric.id, metric.value]))
        expect(values).toMatchObject({ visitors: 2, sessions: 5, pageviews: 7 })
        const visitorsByDay = overview.overview.metrics.find((metric) => metric.id === "visitors")!.trend.map((point) => point.value)
        expect(visitorsByDay).toEqual([1, 1, 1, 1, 0, 1, 0]) // Paris days, 1 to 7 October
        const traffic = (rebuilt as { traffic: Awaited<ReturnType<typeof getTraffic>> }).traffic
        expect(traffic.top_pages.find((page) => page.pathname === "/fr/store")).toEqual({ pathname: "/fr/store", pageviews: 3, visitors: 2 })
        expect(traffic.top_pages.some((page) => page.pathname === "/fr/duplicate" || page.pathname === "/fr/robot")).toBe(false)
        const acquisition = (rebuilt as { acquisition: Awaited<ReturnType<typeof getAcquisition>> }).acquisition
        expect(acquisition.channels.map((row) => [row.key, row.sessions, row.visitors])).toEqual([
          ["direct", 2, 1], ["referral", 2, 1], ["email", 1, 1],
        ])
      })

      it("take a bulk write in one pass, then late and duplicate events, as a rebuild would", async () => {
        const db = dbConnection as unknown as Knex
        const query = knexQuery(db)
        const statements: string[] = []
        const recording: QueryFn = (sql, params) => {
          statements.push(sql)
          return query(sql, params)
        }
        const refreshes = () => statements.filter((sql) => sql === REFRESH_ROLLUPS_SQL || sql === BULK_REFRESH_ROLLUPS_SQL)
        const reset = async () => {
          for (const table of Object.keys(ROLLUPS)) await db.raw(`TRUNCATE ${table}`)
          await db.raw(`UPDATE captured_rollup_state SET watermark = '-infinity'`)
        }
        await db.raw(`DELETE FROM captured_event`)
        await reset()
        const filter: ReportFilter = {
          period: { from: new Date(base).toISOString(), to: new Date(base + 30 * DAY).toISOString() },
          comparison: null,
          includeSimulated: true,
          granularity: "day",
        }
        // 12,000 events in one statement, hence one created_at (10 minutes ago): 3,000 visits of
        // 4 events (a landing page, a product viewed, two more pages), 5 visits per visitor, one
        // visit in 7 simulated, one visitor in 11 without an id. Past event 11,000, the third event
        // of a visit is a search instead: " Tasse ", "tasse" or a blank query, in turn.
        await db.raw(
          `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, channel, device_type,
             is_bot, is_simulated, lib, properties, created_at)
           SELECT 'bulk-' || n,
             CASE WHEN n % 4 = 1 THEN 'product_viewed' WHEN n % 4 = 2 AND n >= 11000 THEN 'search_performed' ELSE '$pageview' END,
             CASE WHEN (n / 20) % 11 = 0 THEN NULL ELSE 'bv' || (n / 20) END, 'bs' || (n / 4),
             ?::timestamptz + make_interval(mins => (n / 4) * 13 + n % 4), '/fr/p' || ((n / 4 + n % 4) % 9),
             (ARRAY['direct', 'organic_search', 'referral'])[1 + (n / 4 + n / 20) % 3], (ARRAY['desktop', 'mobile'])[1 + (n / 8) % 2],
             false, (n / 4) % 7 = 0, 'web',
             jsonb_build_object('product_id', 'prod_' || (n / 4) % 5, 'query', (ARRAY[' Tasse ', 'tasse', ' '])[1 + n % 3], 'results_count', (n % 5)::text),
             now() - interval '10 minutes'
           FROM generate_series(0, 11999) AS n`,
          [new Date(base).toISOString()]
        )
        // Orders of visits bs0 (simulated) and bs8 (real until a late simulated event, below).
        await db.raw(
          `INSERT INTO "order" (id, currency_code, version, status, metadata, created_at, updated_at)
           SELECT 'order_' || visit, 'eur', 1, 'pending', jsonb_build_object('comptoir_session_id', visit), ?::timestamptz, ?::timestamptz
           FROM unnest(ARRAY['bs0', 'bs8']) AS visit`,
          [new Date(base + DAY).toISOString(), new Date(base + DAY).toISOString()]
        )
        const orderFlags = async () =>
          (await db.raw(`SELECT order_id, session_id, visit_simulated FROM captured_order_visit ORDER BY order_id`)).rows
        expect(await refreshRollups(recording)).toBe(3000)
        expect(refreshes()).toEqual([BULK_REFRESH_ROLLUPS_SQL])
        expect(await orderFlags()).toEqual([
          { order_id: "order_bs0", session_id: "bs0", visit_simulated: true },
          { order_id: "order_bs8", session_id: "bs8", visit_simulated: false },
        ])

        // The bulk is not taken again (its created_at is past the margin and at the watermark).
        expect(await refreshRollups(recording)).toBe(0)

        // Late: a transaction that began 5 minutes ago (before the last refresh's margin, after
        // the latest event taken in) commits only now: a new first visit of bv3 and an event of
        // visit bs8, simulated (so is its order now). Duplicates of bulk events with other contents are ignored.
        expect(await insert(db, [
          { uuid: "late-1", visitor: "bv3", session: "late-visit", at: -1, pathname: "/fr/late", channel: "email" },
          { uuid: "late-2", visitor: "bv1", session: "bs8", at: 1.8, pathname: "/fr/p8", channel: "email", simulated: true },
          { uuid: "bulk-5", visitor: "Z", session: "z9", at: 3, pathname: "/fr/duplicate" },
        ], 5)).toBe(2)
        expect(await refreshRollups(recording)).toBe(2)
        expect(refreshes().at(-1)).toBe(REFRESH_ROLLUPS_SQL)
        expect((await orderFlags()).map((row) => row.visit_simulated)).toEqual([true, true])
        const incremental = await snapshot(db, query, filter)

        // Rebuilt visit by visit, then in one pass: the same rows and reports.
        await reset()
        await query(REFRESH_ROLLUPS_SQL, ["-infinity"])
        const visitByVisit = await snapshot(db, query, filter)
        await reset()
        expect(await refreshRollups(recording)).toBe(3001)
        expect(refreshes().at(-1)).toBe(BULK_REFRESH_ROLLUPS_SQL)
        const onePass = await snapshot(db, query, filter)
        expect(incremental).toEqual(visitByVisit)
        expect(onePass).toEqual(visitByVisit)

        // The comparison period counts the visitors with an id (count(DISTINCT) would), while
        // its visits are read without their visitor id (visitor-keys.ts, overview.ts).
        const week: ReportFilter = {
          ...filter,
          period: { from: new Date(base + 14 * DAY).toISOString(), to: new Date(base + 21 * DAY).toISOString() },
          comparison: { from: new Date(base + 7 * DAY).toISOString(), to: new Date(base + 14 * DAY).toISOString() },
        }
        const { rows: [distinct] } = await db.raw(
          `SELECT count(DISTINCT distinct_id) AS visitors, count(*) FILTER (WHERE distinct_id IS NULL) AS anonymous
           FROM captured_session WHERE started_at >= ? AND started_at < ?`,
          [week.comparison!.from, week.comparison!.to]
        )
        expect(Number(distinct!.anonymous)).toBeGreaterThan(0)
        const weekVisitors = (await getOverview(query, week)).metrics.find((metric) => metric.id === "visitors")!
        expect(weekVisitors.previous).toBe(Number(distinct!.visitors))

        // Those reports read the visits through the covering indexes (Migration20261129230000):
        // a column they used outside the index would make Postgres fetch every wide visit row.
        const scans = await visitScans(db, week)
        expect(scans.length).toBe(8) // overview 2, traffic 2 (series; entry pages with devices), référencement 2 + 2 (organic visits)
        expect(scans.filter((line) => !line.startsWith("Index Only Scan"))).toEqual([])
        expect(scans.some((line) => line.includes("IDX_captured_session_started_at_organic"))).toBe(true)

        // By hand: 3,001 visits; bs8 holds its 4 events and the late page (simulated now); the late visit comes
        // first among bv3's visits, which then link to it.
        const visits = (incremental as { tables: Record<string, Record<string, unknown>[]> }).tables.captured_session ?? []
        expect(visits).toHaveLength(3001)
        const bs8 = visits.find((visit) => visit.session_id === "bs8")!
        expect([bs8.pageviews, bs8.viewed_product, bs8.channel, bs8.is_simulated]).toEqual([4, true, "direct", true])
        const bv3 = visits.filter((visit) => visit.distinct_id === "bv3").sort((a, b) => +new Date(String(a.started_at)) - +new Date(String(b.started_at)))
        expect(bv3.map((visit) => visit.session_id)).toEqual(["late-visit", "bs15", "bs16", "bs17", "bs18", "bs19"])
        expect(bv3[0]!.prev_visit_at).toBeNull()
        expect(bv3[1]!.prev_visit_at).toEqual(bv3[0]!.started_at)
        // Searches: events 11,002 to 11,998 in steps of 4 (250), a third of them blank (83).
        const products = (incremental as { products: Awaited<ReturnType<typeof getProducts>> }).products
        expect(products.search_terms.map((row) => [row.term, row.searches])).toEqual([["tasse", 167]])
      })
    })
  },
})

import { getAcquisition, getOverview, getTraffic, refreshRollups, type QueryFn, type ReportFilter } from "@comptoir/analytics"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { knexQuery } from "../../src/api/admin/statistiques/reports"

// The reports' rollups (analytics reports/rollup.ts) against late and duplicate events: after
// an incremental refresh they must hold exactly what a rebuild from all the events holds, and
// the reports must read the same numbers from both. The history is written ten minutes "before"
// (created_at), so that the refresh's one-minute look-back cannot hide a missed event.

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
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ dbConnection }) => {
    describe("Statistiques rollups", () => {
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
    })
  },
})

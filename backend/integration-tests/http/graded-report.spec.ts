import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"
import { REPORT_SHARE_MODULE, type ReportShareModuleService } from "../../src/modules/report-share"
import { placeOrder } from "./ingest-helpers"
import { adminHeaders as adminSession } from "./api-session"

// Rapport d'évaluation, its read-only share links, and the promotion comparison, on a small
// dataset whose every expected number is counted by hand in the comment beside it.

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: unknown[] }> }
const HOUR = 3600_000
const SECTIONS = ["identite", "indicateurs", "acquisition", "conversion", "promotions", "referencement", "activite"]

/** A visit: one page view (plus the promo code it applied), `at` ms ago. */
async function visit(db: Knex, session: string, agoMs: number, code?: string): Promise<void> {
  const at = (offset: number) => new Date(Date.now() - agoMs + offset).toISOString()
  const rows: [string, string, Record<string, unknown>][] = [["$pageview", at(0), {}]]
  if (code) rows.push(["promo_code_applied", at(30_000), { cart_id: "c", code, discount_total: 1, currency: "eur" }])
  for (const [event, timestamp, properties] of rows) {
    await db.raw(
      `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, channel, referring_domain, is_bot, is_simulated, lib, properties)
       VALUES (?, ?, ?, ?, ?, '/fr', 'direct', '$direct', false, false, 'web', ?)`,
      [randomUUID(), event, `visitor-${session}`, session, timestamp, JSON.stringify(properties)]
    )
  }
}

/** The order's visit, as the storefront would have stored it on the cart. */
async function attribute(db: Knex, orderId: string, session: string, createdAgoMs = 0): Promise<void> {
  await db.raw(
    `UPDATE "order" SET metadata = COALESCE(metadata, '{}'::jsonb) || jsonb_build_object('comptoir_session_id', ?::text)
       ${createdAgoMs ? `, created_at = now() - (? * interval '1 millisecond')` : ""} WHERE id = ?`,
    createdAgoMs ? [session, createdAgoMs, orderId] : [session, orderId]
  )
}

const values = (report: { metrics: { id: string; value: number | null; previous: number | null; change: number | null }[] }) =>
  report.metrics.map(({ id, value, previous, change }) => ({ id, value, previous, change }))

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    const adminHeaders = () => adminSession(api)
    const anyStatus = { validateStatus: () => true }

    describe("Rapport d'évaluation", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("refuse unauthenticated admin calls (401)", async () => {
        for (const path of ["/admin/rapport", "/admin/rapport/liens", "/admin/statistiques-comparaison?ids=promo_01ABCDEFGHIJ"]) {
          expect({ path, status: (await api.get(path, anyStatus)).status }).toEqual({ path, status: 401 })
        }
        expect((await api.post("/admin/rapport/liens", {}, anyStatus)).status).toBe(401)
      })

      it("give the dashboard's numbers, and share them read-only through an expiring, revocable link", async () => {
        const admin = await adminHeaders()
        const { data: config } = await api.get("/comptoir/storefront-config")
        const store = { headers: { "x-publishable-api-key": config.publishable_key as string } }
        const db = dbConnection as Knex
        const { order } = await placeOrder(api, store)
        await attribute(db, order.id, "s-buyer")
        await visit(db, "s-buyer", 2 * HOUR)
        await visit(db, "s-browser", HOUR)

        const from = new Date(Date.now() - 86_400_000).toISOString()
        const to = new Date(Date.now() + HOUR).toISOString()
        const period = `from=${from}&to=${to}&include_simulated=false`
        const { data: report } = await api.get(`/admin/rapport?${period}`, admin)
        const { data: overview } = await api.get(`/admin/statistiques/overview?${period}`, admin)
        const { data: acquisition } = await api.get(`/admin/statistiques/acquisition?${period}`, admin)
        const { data: promotions } = await api.get(`/admin/statistiques/promotions?${period}`, admin)
        expect(values(report.overview)).toEqual(values(overview))
        expect(values(overview).find((metric) => metric.id === "orders")?.value).toBe(1)
        expect(values(overview).find((metric) => metric.id === "sessions")?.value).toBe(2) // s-buyer, s-browser
        for (const metric of values(overview)) {
          expect(report.indicators.find((entry: { id: string }) => entry.id === metric.id)).toMatchObject({ value: metric.value, previous: metric.previous })
        }
        expect(report.indicators.every((entry: { definition: { formula_fr: string } }) => entry.definition.formula_fr.length > 10)).toBe(true)
        expect(report.acquisition.channels).toEqual(acquisition.channels)
        expect(report.promotions.promotions).toEqual(promotions.promotions)
        expect(report.shop.name.length).toBeGreaterThan(0)
        expect(report.activity.available).toBe(true)
        const csv = await api.get(`/admin/rapport?${period}&format=csv`, admin)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        expect(csv.data).toContain("Indicateurs clés")
        expect((await api.get(`/admin/rapport?from=demain`, { ...admin, ...anyStatus })).status).toBe(400)

        // A link: created once with its URL, listed without it.
        const bad = await api.post("/admin/rapport/liens", { from, to, validity_days: 91 }, { ...admin, ...anyStatus })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/validity_days/)
        const created = await api.post("/admin/rapport/liens", { from, to, include_simulated: false, validity_days: 7, label: "Jury" }, admin)
        expect(created.status).toBe(201)
        const url = created.data.url as string
        const token = url.split("/rapport/")[1] as string
        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
        const { data: listing } = await api.get("/admin/rapport/liens", admin)
        expect(listing.links).toEqual([expect.objectContaining({ id: created.data.link.id, label: "Jury", expired: false })])
        expect(JSON.stringify(listing)).not.toContain(token)
        const [stored] = (await db.raw("SELECT token_hash FROM report_share")).rows as { token_hash: string }[]
        expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(stored?.token_hash).not.toContain(token)

        // The jury's view: no login, the same numbers, a printable page with every section.
        const shared = await api.get(`/rapport/${token}`, { headers: { accept: "application/json" } })
        expect(values(shared.data.overview)).toEqual(values(overview))
        const page = await api.get(`/rapport/${token}`, { headers: { accept: "text/html" }, responseType: "text" })
        expect(page.headers["content-type"]).toMatch(/text\/html/)
        for (const id of SECTIONS) expect(page.data).toContain(`<h2 id="${id}">`)
        expect(page.data).not.toMatch(/<script/i)
        for (const method of ["post", "put", "patch", "delete"] as const) {
          const response = await api.request({ url: `/rapport/${token}`, method, data: {}, ...anyStatus })
          expect({ method, status: response.status }).toEqual({ method, status: 405 })
        }
        expect((await api.get(`/rapport/${token}`)).status).toBe(200)
        expect((await db.raw("SELECT count(*)::int AS n FROM report_share WHERE deleted_at IS NULL")).rows).toEqual([{ n: 1 }])

        // Expired (created ten days ago for one day): 410; unknown: 404; revoked: 404.
        const shares = getContainer().resolve<ReportShareModuleService>(REPORT_SHARE_MODULE)
        const old = await shares.createShareLink({
          period: { from, to }, includeSimulated: false, validityDays: 1, now: new Date(Date.now() - 10 * 86_400_000),
        })
        const expired = await api.get(`/rapport/${old.token}`, anyStatus)
        expect(expired.status).toBe(410)
        expect(expired.data.message).toMatch(/expired/)
        expect((await api.get(`/rapport/${"x".repeat(43)}`, anyStatus)).status).toBe(404)
        expect((await api.delete(`/admin/rapport/liens/${created.data.link.id}`, admin)).status).toBe(200)
        expect((await api.get(`/rapport/${token}`, anyStatus)).status).toBe(404)
        expect((await api.delete(`/admin/rapport/liens/${created.data.link.id}`, { ...admin, ...anyStatus })).status).toBe(404)
      })

      it("compare two seeded promotions as counted by hand", async () => {
        const admin = await adminHeaders()
        const { data: config } = await api.get("/comptoir/storefront-config")
        const store = { headers: { "x-publishable-api-key": config.publishable_key as string } }
        const db = dbConnection as Knex
        const startsAt = new Date(Date.now() - 3 * HOUR).toISOString()
        const endsAt = new Date(Date.now() + HOUR).toISOString()
        const campaign = async (name: string, budget?: object) =>
          (await api.post("/admin/campaigns", { name, campaign_identifier: name, starts_at: startsAt, ends_at: endsAt, budget }, admin)).data.campaign as { id: string }
        const rentree = await campaign("Rentrée", { type: "usage", limit: 10 })
        const noel = await campaign("Noël")
        const promotion = async (code: string, value: number, campaignId: string) =>
          (await api.post("/admin/promotions", {
            code, type: "standard", status: "active", campaign_id: campaignId,
            application_method: { type: "percentage", target_type: "order", allocation: "across", value, currency_code: "eur" },
          }, admin)).data.promotion as { id: string }
        const a = await promotion("RENTREE10", 10, rentree.id)
        const b = await promotion("NOEL20", 20, noel.id)

        // Before both runs (4 h ago): s-before buys without a promotion, s-before2 only looks.
        const before = await placeOrder(api, store)
        await attribute(db, before.order.id, "s-before", 4 * HOUR)
        await visit(db, "s-before", 4 * HOUR)
        await visit(db, "s-before2", 4 * HOUR)
        // During: four visits apply RENTREE10 (one buys), two apply NOEL20 (both buy), one only looks.
        const orderA = await placeOrder(api, store, "RENTREE10")
        const orderB1 = await placeOrder(api, store, "NOEL20")
        const orderB2 = await placeOrder(api, store, "NOEL20")
        await attribute(db, orderA.order.id, "s-a1")
        await attribute(db, orderB1.order.id, "s-b1")
        await attribute(db, orderB2.order.id, "s-b2")
        for (const session of ["s-a1", "s-a2", "s-a3", "s-a4"]) await visit(db, session, 2 * HOUR, "rentree10")
        for (const session of ["s-b1", "s-b2"]) await visit(db, session, 2 * HOUR, "NOEL20")
        await visit(db, "s-x", 2 * HOUR)

        const totals = async (id: string) => {
          const { data } = await api.get(`/admin/orders/${id}?fields=total,discount_total`, admin)
          return { total: Number(data.order.total), discount: Number(data.order.discount_total) }
        }
        const [tA, tB1, tB2, tBefore] = await Promise.all([orderA, orderB1, orderB2, before].map((entry) => totals(entry.order.id)))
        const cents = (value: number) => Math.round(value * 100) / 100
        const shopRevenue = cents(tA!.total + tB1!.total + tB2!.total)

        const { data } = await api.get(`/admin/statistiques-comparaison?ids=${a.id},${b.id}&include_simulated=false`, admin)
        const [rowA, rowB] = data.rows
        expect(rowA).toMatchObject({
          item: { kind: "promotion", id: a.id, label: "RENTREE10", campaign_name: "Rentrée", ongoing: true, run: { from: startsAt } },
          orders: 1,
          revenue: tA!.total,
          average_basket: tA!.total,
          exposed_sessions: 4, // s-a1 … s-a4 applied the code (lower case counts)
          converted_sessions: 1, // s-a1
          conversion_rate: 0.25,
          revenue_per_visitor: cents(shopRevenue / 7), // 3 orders ÷ 7 visitors of the run
          budget_type: "usage",
          budget_limit: 10,
          budget_used: 1,
          budget_consumed: 0.1,
          during: { sessions: 7, visitors: 7, converted_sessions: 3, orders: 3, revenue: shopRevenue },
          before: { sessions: 2, converted_sessions: 1, orders: 1, revenue: tBefore!.total },
          lift: { orders: 2 }, // (3 − 1) ÷ 1
        })
        expect(Math.abs(rowA.discount - tA!.discount)).toBeLessThanOrEqual(0.011)
        expect(rowB).toMatchObject({
          item: { id: b.id, label: "NOEL20", campaign_name: "Noël" },
          orders: 2,
          revenue: cents(tB1!.total + tB2!.total),
          exposed_sessions: 2,
          converted_sessions: 2,
          conversion_rate: 1,
          budget_type: null,
          budget_consumed: null,
        })
        // Conversion during (3/7) − before (1/2) = −0.0714; Newcombe 95 % CI [−0.5588 ; 0.4457], by hand.
        expect(rowA.lift.conversion.difference).toBeCloseTo(-0.0714, 4)
        expect(rowA.lift.conversion.interval.low).toBeCloseTo(-0.5588, 3)
        expect(rowA.lift.conversion.interval.high).toBeCloseTo(0.4457, 3)
        // RENTREE10 (1/4) − NOEL20 (2/2) = −0.75; Newcombe 95 % CI [−0.9544 ; 0.0465]: may be chance.
        expect(data.differences).toHaveLength(1)
        expect(data.differences[0]).toMatchObject({ reference_id: a.id, other_id: b.id, difference: { compatibleWithChance: true } })
        expect(data.differences[0].difference.difference).toBeCloseTo(-0.75, 10)
        expect(data.differences[0].difference.interval.low).toBeCloseTo(-0.9544, 3)
        expect(data.differences[0].difference.interval.high).toBeCloseTo(0.0465, 3)

        const csv = await api.get(`/admin/statistiques-comparaison?ids=${a.id},${b.id}&format=csv`, admin)
        expect(csv.data).toContain("RENTREE10;Promotion;")
        const { data: options } = await api.get("/admin/statistiques-comparaison/options", admin)
        expect(options.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([a.id, b.id, rentree.id, noel.id]))
        expect((await api.get("/admin/statistiques-comparaison?ids=promo_01NOTHEREATALL00", { ...admin, ...anyStatus })).status).toBe(404)
        expect((await api.get("/admin/statistiques-comparaison?ids=", { ...admin, ...anyStatus })).status).toBe(400)

        // The graded report's activity section: the admin who made the two campaigns and promotions.
        const period = `from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + HOUR).toISOString()}`
        const { data: report } = await api.get(`/admin/rapport?${period}`, admin)
        expect(report.activity.available).toBe(true)
        expect(report.activity.people).toEqual([
          expect.objectContaining({ email: DEVELOPMENT_SECRETS.adminEmail, by_entity: expect.objectContaining({ promotion: 2, campaign: 2 }) }),
        ])
      })
    })
  },
})

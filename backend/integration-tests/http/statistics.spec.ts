import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { placeOrder } from "./ingest-helpers"
import { adminHeaders as adminSession, createOrderPercentageCode, storeHeaders } from "./api-session"

// The "Statistiques" routes on a small fixed dataset: visit events written for the test, and two
// real orders through the Store API (one with a promotion). Every expected number below is
// counted by hand from the dataset, in the comment beside it.

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: unknown[] }> }

interface EventRow {
  event: string
  session: string
  visitor: string
  at: number
  pathname?: string
  channel?: string
  referring_domain?: string
  utm?: [string, string, string]
  device?: string
  browser?: string
  os?: string
  bot?: boolean
  simulated?: boolean
  properties?: Record<string, unknown>
}

async function insertEvents(db: Knex, base: number, rows: EventRow[]): Promise<void> {
  for (const row of rows) {
    await db.raw(
      `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, channel, referring_domain,
        utm_source, utm_medium, utm_campaign, device_type, browser, os, is_bot, is_simulated, lib, properties)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'web', ?)`,
      [
        randomUUID(), row.event, row.visitor, row.session, new Date(base + row.at * 1000).toISOString(), row.pathname ?? null,
        row.channel ?? null, row.referring_domain ?? null, row.utm?.[0] ?? null, row.utm?.[1] ?? null, row.utm?.[2] ?? null,
        row.device ?? null, row.browser ?? null, row.os ?? null, row.bot ?? false, row.simulated ?? false,
        JSON.stringify(row.properties ?? {}),
      ]
    )
  }
}

const T0 = 60 // seconds after the dataset's base time

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    const adminHeaders = () => adminSession(api)

    describe("Statistiques admin routes", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("refuse unauthenticated calls (401)", async () => {
        for (const report of ["overview", "traffic", "acquisition", "conversion", "products", "promotions", "referencement"]) {
          const response = await api.get(`/admin/statistiques/${report}`, { validateStatus: () => true })
          expect(response.status).toBe(401)
        }
      })

      it("answer 400 with the reason for a bad query, 404 for an unknown report", async () => {
        const admin = { ...(await adminHeaders()), validateStatus: () => true }
        const cases: [string, RegExp][] = [
          ["from=hier", /from/],
          ["from=2026-11-10&to=2026-11-01", /from : doit être avant/],
          ["granularity=minute", /granularity/],
          ["from=2026-01-01&to=2026-03-01&granularity=hour", /par heure/],
          ["include_simulated=peut-etre", /include_simulated/],
          ["compare=custom", /compare_from/],
          ["format=xlsx", /format/],
          ["limit=0", /limit/],
          ["foo=1", /foo|requête/],
        ]
        for (const [query, reason] of cases) {
          const response = await api.get(`/admin/statistiques/overview?${query}`, admin)
          expect({ query, status: response.status }).toEqual({ query, status: 400 })
          expect(response.data.message).toMatch(reason)
        }
        expect((await api.get("/admin/statistiques/inconnu", admin)).status).toBe(404)
      })

      it("compute every indicator of the fixed dataset as counted by hand", async () => {
        const admin = await adminHeaders()
        const { store } = await storeHeaders(api)
        await createOrderPercentageCode(api, admin, "BIENVENUE10", 10)
        // Two real orders, both from the visit "session-order" (placeOrder's cart metadata).
        const first = await placeOrder(api, store, "BIENVENUE10")
        const second = await placeOrder(api, store)
        const { data: listing } = await api.get("/store/products?handle=tasse-emaillee-bleue", store)
        const mug = listing.products[0] as { id: string; title: string }
        const { data: detail1 } = await api.get(`/admin/orders/${first.order.id}?fields=total,discount_total,items.total,items.quantity`, admin)
        const { data: detail2 } = await api.get(`/admin/orders/${second.order.id}?fields=total,discount_total,items.total,items.quantity`, admin)
        const total1 = Number(detail1.order.total)
        const total2 = Number(detail2.order.total)
        const discount1 = Number(detail1.order.discount_total)
        const revenue = Math.round((total1 + total2) * 100) / 100
        // Medusa's own line totals (VAT included, discounts deducted).
        const itemRevenue = [detail1.order, detail2.order]
          .flatMap((order: { items: { total: number }[] }) => order.items)
          .reduce((sum: number, item: { total: number }) => sum + Number(item.total), 0)
        expect(discount1).toBeGreaterThan(0)

        // The visits, two hours ago. A: organic search, views and buys the mug (2 orders).
        // B and C: the same visitor; B bounces, C adds the mug to the cart and leaves.
        // D: the market simulator. E: a robot.
        const base = Date.now() - 2 * 3600_000
        const mugProps = { product_id: mug.id, product_title: mug.title, variant_id: "v", quantity: 1 }
        const a = { session: "session-order", visitor: "visitor-order", channel: "organic_search", referring_domain: "www.google.com", device: "desktop", browser: "Chrome", os: "Linux" }
        const b = { session: "session-b", visitor: "visitor-b", channel: "direct", referring_domain: "$direct", device: "mobile", browser: "Safari", os: "iOS" }
        const c = { session: "session-c", visitor: "visitor-b", channel: "referral", referring_domain: "blog-deco.fr", utm: ["blog", "referral", "noel"] as [string, string, string], device: "mobile", browser: "Safari", os: "iOS" }
        const d = { session: "session-sim", visitor: "visitor-sim", channel: "direct", device: "desktop", browser: "Firefox", os: "Windows", simulated: true }
        await insertEvents(dbConnection as Knex, base, [
          { ...a, event: "$pageview", at: T0, pathname: "/fr" },
          { ...a, event: "search_performed", at: T0 + 30, properties: { query: "Licorne", results_count: 0 } },
          { ...a, event: "product_viewed", at: T0 + 60, pathname: "/fr/products/tasse-emaillee-bleue", properties: mugProps },
          { ...a, event: "product_added_to_cart", at: T0 + 120, properties: mugProps },
          { ...a, event: "checkout_started", at: T0 + 180, properties: { cart_id: "c", items_count: 1 } },
          { ...a, event: "$pageview", at: T0 + 240, pathname: "/fr/checkout" },
          { ...b, event: "$pageview", at: T0 + 10, pathname: "/fr" },
          { ...c, event: "$pageview", at: T0 + 1000, pathname: "/fr/products/tasse-emaillee-bleue" },
          { ...c, event: "search_performed", at: T0 + 1010, properties: { query: " tasse ", results_count: 3 } },
          { ...c, event: "product_viewed", at: T0 + 1030, properties: mugProps },
          { ...c, event: "product_added_to_cart", at: T0 + 1060, properties: mugProps },
          { ...c, event: "$pageview", at: T0 + 1090, pathname: "/fr/cart" },
          { ...d, event: "$pageview", at: T0, pathname: "/fr" },
          { ...d, event: "$pageview", at: T0 + 60, pathname: "/fr/store" },
          { session: "session-bot", visitor: "bot", event: "$pageview", at: T0, pathname: "/fr", bot: true },
        ])

        const from = new Date(Date.now() - 86_400_000).toISOString()
        const to = new Date(Date.now() + 3600_000).toISOString()
        const get = async (report: string, extra = "") =>
          (await api.get(`/admin/statistiques/${report}?from=${from}&to=${to}${extra}`, admin)).data

        const overview = await get("overview")
        const values = Object.fromEntries(overview.metrics.map((metric: { id: string; value: number }) => [metric.id, metric.value]))
        expect(values).toEqual({
          visitors: 2, // visitor-order, visitor-b (simulator and robot excluded)
          sessions: 3, // A, B, C
          pageviews: 5, // A 2, B 1, C 2
          bounce_rate: 0.3333, // B of 3
          avg_session_duration: 110, // (240 + 0 + 90) / 3
          orders: 2,
          revenue,
          conversion_rate: 0.3333, // A of 3
          average_basket: Math.round((revenue / 2) * 100) / 100,
        })
        const previous = overview.metrics.find((metric: { id: string }) => metric.id === "sessions")
        expect(previous).toMatchObject({ previous: 0, change: null })
        expect(previous.trend.reduce((sum: number, point: { value: number }) => sum + point.value, 0)).toBe(3)

        const withSimulated = await get("overview", "&include_simulated=true")
        const simulatedValues = Object.fromEntries(withSimulated.metrics.map((metric: { id: string; value: number }) => [metric.id, metric.value]))
        expect(simulatedValues).toMatchObject({ visitors: 3, sessions: 4, pageviews: 7, bounce_rate: 0.25, avg_session_duration: 98, conversion_rate: 0.25 })

        const traffic = await get("traffic")
        expect(traffic.top_pages).toEqual([
          { pathname: "/fr", pageviews: 2, visitors: 2 },
          { pathname: "/fr/cart", pageviews: 1, visitors: 1 },
          { pathname: "/fr/checkout", pageviews: 1, visitors: 1 },
          { pathname: "/fr/products/tasse-emaillee-bleue", pageviews: 1, visitors: 1 },
        ])
        expect(traffic.entry_pages).toEqual([
          { pathname: "/fr", sessions: 2, bounce_rate: 0.5 },
          { pathname: "/fr/products/tasse-emaillee-bleue", sessions: 1, bounce_rate: 0 },
        ])
        expect(traffic.devices).toEqual([
          { key: "mobile", sessions: 2, visitors: 1, share: 0.6667 },
          { key: "desktop", sessions: 1, visitors: 1, share: 0.3333 },
        ])
        expect(traffic.series.reduce((sum: number, point: { sessions: number }) => sum + point.sessions, 0)).toBe(3)

        const acquisition = await get("acquisition")
        expect(acquisition.channels).toEqual([
          { key: "direct", label: "Accès direct", sessions: 1, visitors: 1, orders: 0, conversion_rate: 0, revenue: 0 },
          { key: "organic_search", label: "Recherche naturelle", sessions: 1, visitors: 1, orders: 2, conversion_rate: 1, revenue },
          { key: "referral", label: "Sites référents", sessions: 1, visitors: 1, orders: 0, conversion_rate: 0, revenue: 0 },
        ])
        expect(acquisition.referring_sites.map((row: { key: string }) => row.key)).toEqual(["blog-deco.fr", "www.google.com"])
        expect(acquisition.utm_campaigns).toEqual([{ key: "noel", label: "noel", sessions: 1, visitors: 1, orders: 0, conversion_rate: 0, revenue: 0 }])

        const conversion = await get("conversion")
        expect(conversion.funnel.map((step: { id: string; sessions: number; drop_off: number | null }) => [step.id, step.sessions, step.drop_off])).toEqual([
          ["sessions", 3, null],
          ["product_viewed", 2, 0.3333],
          ["added_to_cart", 2, 0],
          ["checkout_started", 1, 0.5],
          ["order_placed", 1, 0],
        ])
        expect(conversion.cart_abandonment_rate.value).toBe(0.5) // C of A and C
        expect(conversion.by_device).toEqual([
          { key: "mobile", label: "Mobile", sessions: 2, orders: 0, conversion_rate: 0 },
          { key: "desktop", label: "Ordinateur", sessions: 1, orders: 1, conversion_rate: 1 },
        ])

        const products = await get("products")
        expect(products.products).toEqual([
          { product_id: mug.id, title: expect.any(String), views: 2, add_to_carts: 2, add_to_cart_rate: 1, units_sold: 4, revenue: expect.any(Number) },
        ])
        // VAT is recomputed from the stored rate: equal to Medusa's line totals within a cent.
        expect(Math.abs(products.products[0].revenue - itemRevenue)).toBeLessThanOrEqual(0.011)
        expect(products.search_terms).toEqual([
          { term: "licorne", searches: 1, avg_results: 0 },
          { term: "tasse", searches: 1, avg_results: 3 },
        ])
        expect(products.zero_result_terms).toEqual([{ term: "licorne", searches: 1, avg_results: 0 }])

        const promotions = await get("promotions")
        expect(promotions.promotions).toEqual([
          expect.objectContaining({ code: "BIENVENUE10", orders: 1, revenue: total1, average_basket: total1, share_of_orders: 0.5 }),
        ])
        expect(Math.abs(promotions.promotions[0].discount - discount1)).toBeLessThanOrEqual(0.011)
        expect(promotions.orders_with_promotion.value).toBe(1)
        expect(promotions.average_basket_with_promotion.value).toBe(total1)
        expect(promotions.average_basket_without_promotion.value).toBe(total2)
        expect(Math.abs(promotions.discount_total.value - discount1)).toBeLessThanOrEqual(0.011)

        const seo = await get("referencement")
        expect(seo.organic_sessions.value).toBe(1)
        expect(seo.organic_share.value).toBe(0.3333)
        expect(seo.landing_pages).toEqual([{ pathname: "/fr", sessions: 1, orders: 2, revenue }])
        expect(seo.search_engines).toEqual([{ key: "www.google.com", sessions: 1, visitors: 1, share: 1 }])
        expect(seo.audit_score).toBeNull()

        // A late event (its visit happened two hours ago) lands in its visit at the next refresh.
        await insertEvents(dbConnection as Knex, base, [{ ...b, event: "$pageview", at: T0 + 20, pathname: "/fr/store" }])
        const later = await get("overview")
        const laterValues = Object.fromEntries(later.metrics.map((metric: { id: string; value: number }) => [metric.id, metric.value]))
        expect(laterValues).toMatchObject({ sessions: 3, pageviews: 6, bounce_rate: 0, avg_session_duration: 113 }) // (240 + 10 + 90) / 3

        // As bytes: axios would strip the byte order mark of a text answer.
        const csv = await api.get(`/admin/statistiques/acquisition?from=${from}&to=${to}&format=csv`, { ...admin, responseType: "arraybuffer" })
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        const bytes = Buffer.from(csv.data as ArrayBuffer)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const textBody = bytes.toString("utf8")
        expect(textBody).toContain("Canal;Visites;Visiteurs;Commandes;Taux de conversion de la source;Chiffre d’affaires de la source")
        expect(textBody).toContain(`Recherche naturelle;1;1;2;100 %;${String(revenue).replace(".", ",")}`)
        expect(textBody).toContain("Définitions des indicateurs")
      })
    })
  },
})

import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService } from "../../src/modules/activity-log"
import bootstrap from "../../src/scripts/bootstrap"
import { placeOrder } from "./ingest-helpers"
import { adminHeaders as adminSession } from "./api-session"

// The admin "Données personnelles" routes on a real order placed through the Store API: search,
// export (customer, orders, analytics of the visitor who ordered), then erasure.

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }
const anyStatus = { validateStatus: () => true }

async function insertPageview(db: Knex, distinctId: string): Promise<void> {
  await db.raw(
    `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, lib, properties)
     VALUES (?, '$pageview', ?, ?, now(), '/fr/produits/tasse', 'web', '{}')`,
    [randomUUID(), distinctId, `session-of-${distinctId}`]
  )
}

type JournalRow = { id: string; actor_email: string | null; entity_label: string | null; summary: string }

/** The admin journal is written once the answer has gone: wait until it holds `count` entries. */
async function journalOf(db: Knex, count: number): Promise<JournalRow[]> {
  for (let attempt = 0; ; attempt++) {
    const { rows } = await db.raw(`SELECT id, actor_email, entity_label, summary FROM activity_entry ORDER BY occurred_at, id`)
    if (rows.length >= count || attempt >= 50) return rows as JournalRow[]
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    const db = dbConnection as unknown as Knex
    const base = "/admin/donnees-personnelles"

    const adminHeaders = () => adminSession(api)

    describe("Données personnelles admin routes", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("explain the retention periods from the configuration", async () => {
        const { data } = await api.get(base, await adminHeaders())
        expect(data).toEqual({ analytics_retention_months: 25, visitor_id_max_months: 13, consent_max_months: 13 })
      })

      it("answer 400 with the reason for bad input, 404 for an unknown customer", async () => {
        const admin = { ...(await adminHeaders()), ...anyStatus }
        const cases: [Promise<{ status: number; data: any }>, RegExp][] = [
          [api.get(`${base}/clients`, admin), /email/],
          [api.get(`${base}/clients?email=ab`, admin), /email: must be at least 3 characters/],
          [api.get(`${base}/clients?email=abc&limit=500`, admin), /limit/],
          [api.get(`${base}/clients?email=abc&sql=1`, admin), /sql|Unrecognized/i],
          [api.get(`${base}/clients/not-an-id/export`, admin), /id: is not a customer id/],
          [api.post(`${base}/clients/cus_01ABC/effacer`, {}, admin), /confirmation: is required/],
          [api.post(`${base}/clients/cus_01ABC/effacer`, { confirmation: "x", force: true }, admin), /force|Unrecognized/i],
        ]
        for (const [request, reason] of cases) {
          const response = await request
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(reason)
        }
        expect((await api.get(`${base}/clients/cus_01UNKNOWN/export`, admin)).status).toBe(404)
        expect((await api.post(`${base}/clients/cus_01UNKNOWN/effacer`, { confirmation: "a@b.fr" }, admin)).status).toBe(404)
      })

      it("find, export and erase a customer: orders kept without the person, analytics of the person deleted", async () => {
        const admin = await adminHeaders()
        const { data: config } = await api.get("/comptoir/storefront-config")
        const store = { headers: { "x-publishable-api-key": config.publishable_key as string } }
        const { order } = await placeOrder(api, store)
        await insertPageview(db, "visitor-order")
        await insertPageview(db, "visitor-someone-else")
        // The rollup refresh's record of which visit each order came from (someone else's too).
        await db.raw(
          `INSERT INTO captured_order_visit (order_id, session_id, visit_simulated) VALUES (?, 'session-of-camille', false), ('order_someone_else', 'session-else', false)`,
          [order.id]
        )

        const { data: found } = await api.get(`${base}/clients?email=CAMILLE@example`, admin)
        expect(found.customers).toHaveLength(1)
        const customer = found.customers[0]
        expect(customer).toMatchObject({ email: "camille@example.fr", order_count: 1 })

        // An admin edits the customer: the journal names them by their e-mail.
        await api.post(`/admin/customers/${customer.id}`, { first_name: "Camille", last_name: "Martin" }, admin)
        const journalBefore = await journalOf(db, 1)
        expect(journalBefore).toHaveLength(1)
        expect(journalBefore[0]).toMatchObject({ entity_label: "camille@example.fr", actor_email: "admin@comptoir.local" })

        const exported = await api.get(`${base}/clients/${customer.id}/export`, admin)
        expect(exported.headers["content-disposition"]).toContain(`donnees-personnelles-${customer.id}.json`)
        expect(exported.data.customer.email).toBe("camille@example.fr")
        expect(exported.data.orders).toHaveLength(1)
        expect(exported.data.orders[0]).toMatchObject({ id: order.id, email: "camille@example.fr" })
        expect(exported.data.orders[0].items[0]).toMatchObject({ quantity: 2 })
        expect(exported.data.orders[0].shipping_address).toMatchObject({ last_name: "Martin", city: "Lyon" })
        const exportedVisitors = new Set(exported.data.analytics_events.map((event: any) => event.distinct_id))
        expect(exportedVisitors).toContain("visitor-order")
        expect(exportedVisitors).not.toContain("visitor-someone-else")
        // The journal entries about the customer, without the staff member who made them.
        expect(exported.data.admin_activity).toEqual([
          expect.objectContaining({ id: journalBefore[0]?.id, entity_id: customer.id, entity_label: "camille@example.fr" }),
        ])
        expect(exported.data.admin_activity[0]).not.toHaveProperty("actor_email")

        const wrong = await api.post(`${base}/clients/${customer.id}/effacer`, { confirmation: "autre@example.fr" }, { ...admin, ...anyStatus })
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/does not match/)

        const { data: erased } = await api.post(`${base}/clients/${customer.id}/effacer`, { confirmation: "Camille@Example.fr" }, admin)
        expect(erased).toMatchObject({ erased: true, orders_anonymised: 1, journal_entries_scrubbed: 1 })
        expect(erased.analytics_events_deleted).toBeGreaterThanOrEqual(1)

        // The order stays for the accounts: amounts and country, no person.
        const { data: kept } = await api.get(`/admin/orders/${order.id}?fields=email,total,*shipping_address,*billing_address`, admin)
        expect(kept.order.total).toBe(order.total)
        expect(kept.order.email).toMatch(/@anonyme\.invalid$/)
        expect(kept.order.shipping_address).toMatchObject({ first_name: null, last_name: null, address_1: null, city: null, country_code: "fr" })
        expect(kept.order.billing_address).toMatchObject({ last_name: null, address_1: null })

        // Nowhere in the database is the person still named, soft-deleted rows included.
        // The journal keeps its entries (the edit, then the erasure itself), each with who made it.
        const journalAfter = await journalOf(db, journalBefore.length + 1)
        expect(journalAfter).toHaveLength(journalBefore.length + 1)
        expect(journalAfter[0]).toMatchObject({
          id: journalBefore[0]?.id,
          actor_email: "admin@comptoir.local",
          entity_label: "client effacé",
          summary: "Élément modifié : « client effacé »",
        })
        for (const table of ["customer", "customer_address", "order", "order_address", "cart", "cart_address", "activity_entry"]) {
          const { rows } = await db.raw(
            `SELECT count(*)::int AS n FROM "${table}" t
             WHERE to_jsonb(t)::text ILIKE '%camille%' OR to_jsonb(t)::text ILIKE '%martin%' OR to_jsonb(t)::text ILIKE '%lilas%'`
          )
          expect({ table, n: rows[0].n }).toEqual({ table, n: 0 })
        }
        const { rows: events } = await db.raw(`SELECT DISTINCT distinct_id FROM captured_event WHERE event = '$pageview'`)
        expect(events.map((row) => row.distinct_id)).toEqual(["visitor-someone-else"])
        const { rows: orderVisits } = await db.raw(`SELECT order_id FROM captured_order_visit WHERE order_id IN (?, 'order_someone_else')`, [order.id])
        expect(orderVisits.map((row) => row.order_id)).toEqual(["order_someone_else"])

        expect((await api.get(`${base}/clients?email=camille`, admin)).data.customers).toEqual([])
        expect((await api.get(`${base}/clients/${customer.id}/export`, { ...admin, ...anyStatus })).status).toBe(404)
      })

      it("scrub the journal of a customer, an e-mail they had before included, and write it back for a compensation", async () => {
        const journal = getContainer().resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
        const entry = { actor_id: "user_1", actor_email: "prof@lycee.fr", actor_name: "Léa Prof", action: "updated" as const, method: "POST", occurred_at: new Date() }
        await journal.record({ ...entry, entity_type: "customer", entity_id: "cus_1", entity_label: "ancien@example.fr", summary: "Élément modifié : « ancien@example.fr »", path: "/admin/customers/cus_1" })
        // A generically labelled order route names the order by the e-mail the customer had then.
        await journal.record({ ...entry, entity_type: "order", entity_id: "order_1", entity_label: "ancien@example.fr", summary: "Élément modifié : « ancien@example.fr »", path: "/admin/orders/order_1/transfer" })
        await journal.record({ ...entry, entity_type: "product", entity_id: "prod_1", entity_label: "Tasse Martin", summary: "Produit modifié : « Tasse Martin »", path: "/admin/products/prod_1" })
        const before = await journalOf(db, 3)

        const previous = await journal.scrubCustomerMentions({ customerId: "cus_1", relatedEntityIds: [], texts: ["nouveau@example.fr", "Camille Martin"] })
        expect(previous).toHaveLength(2)
        const scrubbed = await journalOf(db, 3)
        expect(scrubbed.map((row) => row.entity_label)).toEqual(["client effacé", "client effacé", "Tasse Martin"])
        expect(scrubbed.every((row) => row.actor_email === "prof@lycee.fr")).toBe(true)

        await journal.restoreScrubbedEntries(previous)
        expect(await journalOf(db, 3)).toEqual(before)
      })

      it("remove a registered customer's login with their data", async () => {
        const admin = await adminHeaders()
        const { data: config } = await api.get("/comptoir/storefront-config")
        const publishable = { "x-publishable-api-key": config.publishable_key as string }
        const credentials = { email: "leo@example.fr", password: "mot-de-passe-solide" }
        const { data: registered } = await api.post("/auth/customer/emailpass/register", credentials)
        await api.post(
          "/store/customers",
          { email: credentials.email, first_name: "Léo", last_name: "Durand" },
          { headers: { ...publishable, authorization: `Bearer ${registered.token as string}` } }
        )
        const { data: found } = await api.get(`${base}/clients?email=leo@`, admin)
        expect(found.customers[0]).toMatchObject({ has_account: true })

        await api.post(`${base}/clients/${found.customers[0].id}/effacer`, { confirmation: credentials.email }, admin)

        const login = await api.post("/auth/customer/emailpass", credentials, anyStatus)
        expect(login.status).toBe(401)
      })
    })
  },
})

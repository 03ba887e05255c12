import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import bootstrap from "../../src/scripts/bootstrap"
import { EVENT_STORE_MODULE } from "../../src/modules/event-store"
import type EventStoreModuleService from "../../src/modules/event-store/service"
import { recordOrderPlacedWorkflow } from "../../src/workflows/record-order-placed"
import { storeServerEventsStep } from "../../src/workflows/steps/store-server-events"
import { serverEventUuid } from "../../src/workflows/order-events/attribution"
import { placeOrder, storedEvents, type StoredEvent } from "./ingest-helpers"
import { adminHeaders as adminSession, createOrderPercentageCode, storeHeaders } from "./api-session"

// A step that fails after the event store step, to see the store step's compensation run.
const failingStep = createStep("comptoir-test-fail-after-store", async () => {
  throw new Error("something later in the workflow failed")
})
const storeThenFailWorkflow = createWorkflow("comptoir-test-store-then-fail", (input: { uuid: string }) => {
  const stored = storeServerEventsStep([
    { uuid: input.uuid, event: "order_canceled", distinct_id: "d", session_id: "s", timestamp: new Date().toISOString(), properties: { order_id: "order_test" } },
  ])
  failingStep()
  return new WorkflowResponse(stored)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    /** Medusa's subscribers run after the HTTP answer: poll until the event store has the rows. */
    async function eventsOf(name: string, orderId: string, expected: number): Promise<StoredEvent[]> {
      const deadline = Date.now() + 30_000
      let rows: StoredEvent[] = []
      while (Date.now() < deadline) {
        rows = await storedEvents(dbConnection, "event = ? AND properties->>'order_id' = ?", [name, orderId])
        if (rows.length >= expected) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      // A late duplicate would show up here.
      await new Promise((resolve) => setTimeout(resolve, 500))
      return storedEvents(dbConnection, "event = ? AND properties->>'order_id' = ?", [name, orderId])
    }

    const adminHeaders = () => adminSession(api)

    describe("server-side order events", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("record one order_placed per order, attributed to the visit, then its refund and cancellation", async () => {
        const { store } = await storeHeaders(api)
        const admin = await adminHeaders()
        await createOrderPercentageCode(api, admin, "BIENVENUE10", 10)

        const { order, cartId } = await placeOrder(api, store, "BIENVENUE10")
        const [placed, ...duplicates] = await eventsOf("order_placed", order.id, 1)
        expect(duplicates).toEqual([])
        expect(placed).toMatchObject({
          distinct_id: "visitor-order",
          session_id: "session-order",
          channel: null,
          contract_error: null,
          lib: "comptoir-backend",
        })
        expect(placed?.properties).toMatchObject({
          order_id: order.id,
          cart_id: cartId,
          total: order.total,
          discount_total: order.discount_total,
          currency: "eur",
          promotions: [{ code: "BIENVENUE10", amount: expect.any(Number) }],
          items: [{ quantity: 2, unit_price: 14.9, title: expect.stringMatching(/tasse/i) }],
        })
        expect(order.discount_total).toBeGreaterThan(0)
        expect((placed?.properties.promotions as { amount: number }[])[0]?.amount).toBeGreaterThan(0)

        // Medusa may deliver an event twice: the stable uuid keeps one row.
        await recordOrderPlacedWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(await storedEvents(dbConnection, "event = 'order_placed' AND properties->>'order_id' = ?", [order.id])).toHaveLength(1)

        // A refund from the admin (capture first, then refund part of it).
        const { data: detail } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
        const paymentId = detail.order.payment_collections[0].payments[0].id as string
        await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
        await api.post(`/admin/payments/${paymentId}/refund`, { amount: 5, note: "tasse ébréchée" }, admin)
        const refunds = await eventsOf("order_refunded", order.id, 1)
        expect(refunds).toHaveLength(1)
        expect(refunds[0]).toMatchObject({ distinct_id: "visitor-order", session_id: "session-order", contract_error: null })
        expect(refunds[0]?.properties).toMatchObject({ amount: 5, currency: "eur", payment_id: paymentId, reason: "tasse ébréchée" })

        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        const canceled = await eventsOf("order_canceled", order.id, 1)
        expect(canceled).toHaveLength(1)
        expect(canceled[0]?.properties).toMatchObject({ order_id: order.id, currency: "eur" })
      })

      it("undo the event store step when a later step of the workflow fails, and only what it wrote", async () => {
        const written = serverEventUuid("order_canceled", "order_compensated")
        const { errors } = await storeThenFailWorkflow(getContainer()).run({ input: { uuid: written }, throwOnError: false })
        expect(errors[0]?.error.message).toMatch(/something later/)
        expect(await storedEvents(dbConnection, "uuid = ?", [written])).toHaveLength(0)

        // An event stored before (an earlier delivery) is not the step's to remove.
        const earlier = serverEventUuid("order_canceled", "order_already_stored")
        await getContainer().resolve<EventStoreModuleService>(EVENT_STORE_MODULE).recordServerEvents([
          { uuid: earlier, event: "order_canceled", distinct_id: null, session_id: null, timestamp: new Date().toISOString(), properties: { order_id: "o" } },
        ])
        await storeThenFailWorkflow(getContainer()).run({ input: { uuid: earlier }, throwOnError: false })
        expect(await storedEvents(dbConnection, "uuid = ?", [earlier])).toHaveLength(1)
      })
    })
  },
})

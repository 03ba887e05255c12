import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import { finishInterruptedCheckoutWorkflow } from "../../src/workflows/checkout/finish-interrupted-checkout"
import { repairInterruptedCheckouts } from "../../src/workflows/checkout/repair-interrupted-checkouts"
import { adminHeaders, level, readyCart, storeHeaders, variantBySku } from "../http/concurrency-helpers"
import { storedEvents } from "../http/ingest-helpers"
import { execScript, killGroup } from "./crash-helpers"

// A process running Medusa's cart completion killed with SIGKILL once the order row is written
// (or while the stock is being reserved): the repair undoes the half-written order, and the cart
// then completes into exactly one order, with the stock reserved and the promotion used once.
// Killed once the payment is authorized: the order is whole, the repair only emits its `order.placed`.
// Completed again by the customer before the repair: the order they were shown is kept.

const CODE = "REPRISE"
const QUANTITY = 2

/** Polls until `done` holds, or fails after `timeoutMs` saying what never happened. */
async function waitUntil(done: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    const sql = async <T>(text: string, bindings: (string | number)[]): Promise<T[]> =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, bindings)).rows as T[]

    /** The orders of a cart's email, live or removed, with their cart link. */
    const ordersOf = (email: string) =>
      sql<{ id: string; deleted: boolean; linked: boolean }>(
        `SELECT o.id, o.deleted_at IS NOT NULL AS deleted,
                EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL) AS linked
           FROM "order" o WHERE o.email = ? ORDER BY o.created_at`,
        [email]
      )
    const promotionUsed = async () => Number((await sql<{ used: number }>(`SELECT used FROM promotion WHERE code = ?`, [CODE]))[0]!.used)
    const cartCompleted = async (cartId: string) => (await sql<{ completed_at: Date | null }>(`SELECT completed_at FROM cart WHERE id = ?`, [cartId]))[0]!.completed_at !== null
    const reservationsOf = async (orderId: string) =>
      Number(
        (await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM reservation_item r JOIN order_item oi ON oi.item_id = r.line_item_id WHERE oi.order_id = ? AND r.deleted_at IS NULL`,
          [orderId]
        ))[0]!.n
      )

    /** A cart of QUANTITY cups with the promotion, completed by a process killed at `cutAt`. */
    async function cutCheckout(cutAt: "order" | "reservation" | "payment") {
      const container = getContainer()
      const { store, regionId } = await storeHeaders(api)
      const cup = await variantBySku(container, "TASSE-BLEU")
      const cartId = await readyCart(api, store, regionId, [{ variant_id: cup.id, quantity: QUANTITY }], CODE)
      const email = (await sql<{ email: string }>(`SELECT email FROM cart WHERE id = ?`, [cartId]))[0]!.email
      const before = { reserved: (await level(container, cup.inventoryItemId)).reserved_quantity, used: await promotionUsed() }

      const signal = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "comptoir-cut-")), "cut")
      const child = execScript(dbConfig.clientUrl, "./integration-tests/crash/cut-checkout.ts", `cut-checkout-${cutAt}`, {
        CART_ID: cartId,
        SIGNAL_FILE: signal,
        CUT_AT: cutAt,
      })
      try {
        await waitUntil(() => fs.existsSync(signal), "the completion did not reach the cut", 120_000)
        if (cutAt === "reservation") {
          // The steps beside the reservation commit on their own: killed once all of them did.
          await waitUntil(
            async () =>
              (await cartCompleted(cartId)) &&
              (await promotionUsed()) === before.used + 1 &&
              (await ordersOf(email)).some((order) => order.linked),
            "the cart link, completed cart and promotion use were not all written",
            30_000
          )
        }
      } finally {
        killGroup(child)
        await child.exited
      }
      return { store, cartId, email, cup, before }
    }

    /** The cart's complete-cart executions not yet finished (or closed by a repair). */
    const openExecutions = async (cartId: string) =>
      Number(
        (await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM workflow_execution
            WHERE workflow_id = 'complete-cart' AND context->'data'->'payload'->>'id' = ? AND state NOT IN ('done', 'reverted', 'failed')`,
          [cartId]
        ))[0]!.n
      )

    async function repairThenCompleteAgain(checkout: Awaited<ReturnType<typeof cutCheckout>>, halfWritten: string) {
      const { store, cartId, email, cup, before } = checkout
      const report = await repairInterruptedCheckouts(getContainer(), { olderThanMs: 0 })
      expect(report.undone).toEqual([halfWritten])
      // Closed: the job running every minute does not find it again.
      expect(await openExecutions(cartId)).toBe(0)
      expect(await ordersOf(email)).toEqual([{ id: halfWritten, deleted: true, linked: false }])
      expect(await reservationsOf(halfWritten)).toBe(0)
      expect(await promotionUsed()).toBe(before.used)
      expect(await cartCompleted(cartId)).toBe(false)

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      const live = (await ordersOf(email)).filter((order) => !order.deleted)
      expect(live).toEqual([{ id: data.order.id, deleted: false, linked: true }])
      expect((await level(getContainer(), cup.inventoryItemId)).reserved_quantity).toBe(before.reserved + QUANTITY)
      expect(await reservationsOf(data.order.id)).toBe(1)
      expect(await promotionUsed()).toBe(before.used + 1)
      expect(await cartCompleted(cartId)).toBe(true)

      // A second run finds nothing left to do: the finished completion is not touched.
      expect(await repairInterruptedCheckouts(getContainer(), { olderThanMs: 0 })).toEqual({ undone: [], finished: [], leftAlone: [] })
      expect(await promotionUsed()).toBe(before.used + 1)
    }

    describe("a checkout killed inside Medusa's cart completion", () => {
      beforeAll(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
        const admin = await adminHeaders(api)
        await api.post(
          "/admin/promotions",
          {
            code: CODE,
            type: "standard",
            status: "active",
            limit: 50,
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10, currency_code: "eur" },
          },
          admin
        )
      })

      it("right after the order row: the orphan order is undone and the cart completes into one order", async () => {
        const checkout = await cutCheckout("order")
        const orders = await ordersOf(checkout.email)
        // The half-written state: an order without its cart link, the cart still open, nothing reserved or counted.
        expect(orders).toHaveLength(1)
        expect(orders[0]).toMatchObject({ deleted: false, linked: false })
        expect(await cartCompleted(checkout.cartId)).toBe(false)
        expect(await promotionUsed()).toBe(checkout.before.used)
        await repairThenCompleteAgain(checkout, orders[0]!.id)
      })

      it("while reserving the stock: the linked, unreserved order is undone and its promotion use given back once", async () => {
        const checkout = await cutCheckout("reservation")
        const orders = await ordersOf(checkout.email)
        // Linked and counted but never reserved nor paid: completing the cart again would return it as it is.
        expect(orders).toHaveLength(1)
        expect(orders[0]).toMatchObject({ deleted: false, linked: true })
        expect(await reservationsOf(orders[0]!.id)).toBe(0)
        expect(await promotionUsed()).toBe(checkout.before.used + 1)
        await repairThenCompleteAgain(checkout, orders[0]!.id)
      })

      it("once the payment is authorized: the order is kept, and its order.placed emitted once", async () => {
        const { store, cartId, email, cup, before } = await cutCheckout("payment")
        const [order, ...others] = await ordersOf(email)
        expect(others).toEqual([])
        expect(order).toMatchObject({ deleted: false, linked: true })
        const placedEvents = () => storedEvents(getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION), "event = 'order_placed' AND properties->>'order_id' = ?", [order!.id])
        expect(await placedEvents()).toEqual([])

        // The backend's job and the simulator's resume repairing it at once: one of them finishes it.
        const repairs = await Promise.all([0, 1].map(() => repairInterruptedCheckouts(getContainer(), { olderThanMs: 0 })))
        expect(repairs.flatMap((report) => [...report.undone, ...report.leftAlone])).toEqual([])
        expect(repairs.flatMap((report) => report.finished)).toEqual([order!.id])
        await waitUntil(async () => (await placedEvents()).length > 0, "order.placed was not recorded", 30_000)
        expect(await openExecutions(cartId)).toBe(0)
        // Even called again directly, past the closed execution, the claim is taken: nothing emitted.
        const { result } = await finishInterruptedCheckoutWorkflow(getContainer()).run({ input: { order_id: order!.id, cart_id: cartId } })
        expect(result.claimed).toBe(false)
        expect(await repairInterruptedCheckouts(getContainer(), { olderThanMs: 0 })).toEqual({ undone: [], finished: [], leftAlone: [] })
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        expect(await placedEvents()).toHaveLength(1)

        // Completing the cart again returns that order: one order, reserved and counted once.
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.order.id).toBe(order!.id)
        expect((await ordersOf(email)).filter((row) => !row.deleted)).toHaveLength(1)
        expect((await level(getContainer(), cup.inventoryItemId)).reserved_quantity).toBe(before.reserved + QUANTITY)
        expect(await promotionUsed()).toBe(before.used + 1)
        expect(await placedEvents()).toHaveLength(1)
      })

      it("retry before repair: the order the customer was shown is kept, and left alone once", async () => {
        const { store, cartId, email, before } = await cutCheckout("reservation")
        const [order, ...others] = await ordersOf(email)
        expect(others).toEqual([])
        expect(order).toMatchObject({ deleted: false, linked: true })

        // "Commander" clicked again within the grace period: Medusa returns the linked order as done.
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        expect(data.order.id).toBe(order!.id)

        expect(await repairInterruptedCheckouts(getContainer(), { olderThanMs: 0 })).toEqual({ undone: [], finished: [], leftAlone: [order!.id] })
        expect(await ordersOf(email)).toEqual([{ id: order!.id, deleted: false, linked: true }])
        expect(await cartCompleted(cartId)).toBe(true)
        expect(await promotionUsed()).toBe(before.used + 1)
        // Warned once: the next run (a minute later in the backend) finds nothing.
        expect(await openExecutions(cartId)).toBe(0)
        expect(await repairInterruptedCheckouts(getContainer(), { olderThanMs: 0 })).toEqual({ undone: [], finished: [], leftAlone: [] })
      })
    })
  },
})

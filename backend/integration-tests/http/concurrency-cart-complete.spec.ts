import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import {
  adminHeaders,
  CHECKOUT_TEST_TIMEOUT,
  completeAtOnce,
  ordersOfCarts,
  readyCart,
  storeHeaders,
  variantBySku,
} from "./concurrency-helpers"

type Payment = { id: string; captures?: { id: string }[] | null }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function paymentsOf(cartId: string): Promise<Payment[]> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["payment_collection.payments.id", "payment_collection.payments.captures.id"],
        filters: { id: cartId },
      })
      return (data[0]?.payment_collection?.payments ?? []) as Payment[]
    }

    async function oneReadyCart(): Promise<string> {
      const { store, regionId } = await storeHeaders(api)
      const cup = await variantBySku(getContainer(), "TASSE-BLEU")
      return readyCart(api, store, regionId, [{ variant_id: cup.id, quantity: 2 }])
    }

    describe("completing one cart more than once", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("give one order and one payment when the same cart is completed 10 times at once", async () => {
        const { store } = await storeHeaders(api)
        const cartId = await oneReadyCart()

        const answers = await completeAtOnce(api, store, Array.from({ length: 10 }, () => cartId))

        for (const answer of answers) expect(answer.status, answer.message).toBe(200)
        const orderIds = new Set(answers.map((answer) => answer.orderId))
        expect(orderIds.size).toBe(1)
        expect([...orderIds][0]).toMatch(/^order_/)
        expect(await ordersOfCarts(getContainer(), [cartId])).toHaveLength(1)

        const payments = await paymentsOf(cartId)
        expect(payments).toHaveLength(1)
        // Authorized, not captured, by the checkout; the staff's capture, even sent twice, takes the money once.
        expect(payments[0]!.captures ?? []).toHaveLength(0)
        const admin = await adminHeaders(api)
        expect((await api.post(`/admin/payments/${payments[0]!.id}/capture`, {}, admin)).status).toBe(200)
        await api.post(`/admin/payments/${payments[0]!.id}/capture`, {}, { ...admin, validateStatus: () => true })
        expect((await paymentsOf(cartId))[0]!.captures).toHaveLength(1)
      }, CHECKOUT_TEST_TIMEOUT)

      it("give the same order to a visitor who retries after the first request timed out", async () => {
        const { store } = await storeHeaders(api)
        const cartId = await oneReadyCart()
        const baseURL = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL

        // The browser gives up while the server still works on the checkout, then tries again.
        const abandoned = fetch(`${baseURL}/store/carts/${cartId}/complete`, {
          method: "POST",
          headers: { ...store.headers, "content-type": "application/json" },
          body: "{}",
          signal: AbortSignal.timeout(50),
        }).catch((error: Error) => error)
        await new Promise((resolve) => setTimeout(resolve, 60))
        const [retry] = await completeAtOnce(api, store, [cartId])
        await abandoned
        const [later] = await completeAtOnce(api, store, [cartId])

        expect(retry!.status, retry!.message).toBe(200)
        expect(retry!.orderId).toMatch(/^order_/)
        expect(later!.orderId).toBe(retry!.orderId)
        expect(await ordersOfCarts(getContainer(), [cartId])).toEqual([retry!.orderId])
        expect(await paymentsOf(cartId)).toHaveLength(1)
      }, CHECKOUT_TEST_TIMEOUT)
    })
  },
})

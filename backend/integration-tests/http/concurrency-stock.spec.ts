import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import {
  completeAtOnce,
  level,
  ordersOfCarts,
  readyCart,
  readyCarts,
  reservedByReservations,
  setStock,
  storeHeaders,
  variantBySku,
  CHECKOUT_TEST_TIMEOUT,
  type Completion,
} from "./concurrency-helpers"

/** What the storefront maps to "plus en stock" (storefront/src/lib/checkout-actions.ts). */
const OUT_OF_STOCK = /inventory|stock/i

function expectOutOfStockRefusals(losers: Completion[]) {
  for (const loser of losers) {
    expect(loser.status, `${loser.status} ${loser.message}`).toBeGreaterThanOrEqual(400)
    expect(loser.status, `${loser.status} ${loser.message}`).toBeLessThan(500)
    expect(loser.message).toMatch(OUT_OF_STOCK)
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("concurrent checkouts against a short stock", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("sell the last apron once when 50 visitors pay for it at the same moment", async () => {
        const container = getContainer()
        const { store, regionId } = await storeHeaders(api)
        const apron = await variantBySku(container, "TABLIER-LIN")
        await setStock(container, apron.inventoryItemId, 1)

        const cartIds = await readyCarts(50, () => readyCart(api, store, regionId, [{ variant_id: apron.id, quantity: 1 }]))
        const answers = await completeAtOnce(api, store, cartIds)

        const winners = answers.filter((answer) => answer.orderId)
        expect(winners).toHaveLength(1)
        expectOutOfStockRefusals(answers.filter((answer) => !answer.orderId))
        expect(await ordersOfCarts(container, cartIds)).toEqual([winners[0]!.orderId])
        expect(await level(container, apron.inventoryItemId)).toMatchObject({ stocked_quantity: 1, reserved_quantity: 1 })
        expect(await reservedByReservations(container, apron.inventoryItemId)).toBe(1)
      }, CHECKOUT_TEST_TIMEOUT)

      it("count two lines of different variants that draw on one inventory item together", async () => {
        const container = getContainer()
        const { store, regionId } = await storeHeaders(api)
        const a5 = await variantBySku(container, "CARNET-A5")
        const a6 = await variantBySku(container, "CARNET-A6")
        // Both notebook formats now come out of the same pile of paper.
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        await link.dismiss({ [Modules.PRODUCT]: { variant_id: a6.id }, [Modules.INVENTORY]: { inventory_item_id: a6.inventoryItemId } })
        await link.create({
          [Modules.PRODUCT]: { variant_id: a6.id },
          [Modules.INVENTORY]: { inventory_item_id: a5.inventoryItemId },
          data: { required_quantity: 1 },
        })
        await setStock(container, a5.inventoryItemId, 3)

        // Each cart needs 2 of the 3: one cart can be served, never two.
        const lines = [
          { variant_id: a5.id, quantity: 1 },
          { variant_id: a6.id, quantity: 1 },
        ]
        const cartIds = await readyCarts(12, () => readyCart(api, store, regionId, lines))
        const answers = await completeAtOnce(api, store, cartIds)

        expect(answers.filter((answer) => answer.orderId)).toHaveLength(1)
        expectOutOfStockRefusals(answers.filter((answer) => !answer.orderId))
        expect(await ordersOfCarts(container, cartIds)).toHaveLength(1)
        expect(await level(container, a5.inventoryItemId)).toMatchObject({ stocked_quantity: 3, reserved_quantity: 2 })
        expect(await reservedByReservations(container, a5.inventoryItemId)).toBe(2)

        // One unit left, a cart wanting one of each: refused even alone, each line alone would fit.
        const [lastCart] = await readyCarts(1, () => readyCart(api, store, regionId, lines))
        const [alone] = await completeAtOnce(api, store, [lastCart!])
        expect(alone!.orderId).toBeNull()
        expectOutOfStockRefusals([alone!])
        expect(await level(container, a5.inventoryItemId)).toMatchObject({ reserved_quantity: 2 })
      }, CHECKOUT_TEST_TIMEOUT)
    })
  },
})

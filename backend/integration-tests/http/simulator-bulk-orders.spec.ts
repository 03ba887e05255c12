import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { simulator } from "@comptoir/seed"
import { BulkOrderPlacer } from "../../src/scripts/simulate/bulk-orders"
import { OrderPlacer } from "../../src/scripts/simulate/place-order"
import { readShippingOffers } from "../../src/scripts/simulate/bulk-checkout"
import { orderInputOf, placeSimulatedOrder } from "../../src/scripts/simulate/place-planned"
import { readShopContext } from "../../src/scripts/simulate/shop-snapshot"
import { level, setStock, variantBySku } from "./concurrency-helpers"
import { removeUploadedImages, seedOverStarterShop } from "./demo-shop-helpers"

/**
 * The history's bulk order path against the Store API's workflows: the same baskets, placed both
 * ways, must give the same orders (totals, taxes, discounts, shipping, promotions, reserved stock).
 */

/** Baskets covering each kind of pricing the checkout applies (SKUs and codes of the demo shop). */
const BASKETS: { name: string; lines: [string, number][]; promoCode: string | null }[] = [
  { name: "sale-priced variant, percentage code on the order", lines: [["THEIERE-FONTE-08", 1], ["TASSE-BLEU", 2]], promoCode: "BIENVENUE10" },
  { name: "fixed code on the order", lines: [["BOL-GRES-SABLE", 2]], promoCode: "MERCI5" },
  { name: "automatic promotion on a category, no code", lines: [["MIEL-ACACIA-250", 2], ["TABLIER-LIN", 1]], promoCode: null },
  { name: "free shipping code (entered once shipping is chosen, as the simulator does)", lines: [["BOL-GRES-ARDOISE", 1]], promoCode: "LIVRAISONOFFERTE" },
  { name: "percentage code on a category, with a campaign budget", lines: [["SAVON-OLIVE-LAVANDE", 3], ["CHOCOLAT-NOIR70", 1]], promoCode: "BOUGIES20" },
]

const ORDER_FIELDS = [
  "id",
  "total",
  "subtotal",
  "item_total",
  "tax_total",
  "discount_total",
  "shipping_total",
  "shipping_methods.name",
  "shipping_methods.amount",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.compare_at_unit_price",
  "items.is_tax_inclusive",
  "items.total",
  "items.tax_total",
  "items.discount_total",
  "items.tax_lines.rate",
  "items.adjustments.code",
  "items.adjustments.amount",
  "promotions.code",
  "payment_collections.status",
  "payment_collections.amount",
]

/** An order as the comparison sees it: every figure a buyer or the admin would read. */
async function describeOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as any
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT coalesce(sum(r.quantity), 0)::int AS reserved FROM reservation_item r JOIN order_item oi ON oi.item_id = r.line_item_id ` +
      `WHERE oi.order_id = ? AND r.deleted_at IS NULL`,
    [orderId]
  )
  const n = (value: unknown) => Math.round(Number(value) * 100) / 100
  return {
    total: n(order.total),
    subtotal: n(order.subtotal),
    item_total: n(order.item_total),
    tax_total: n(order.tax_total),
    discount_total: n(order.discount_total),
    shipping_total: n(order.shipping_total),
    shipping: order.shipping_methods.map((method: any) => [method.name, n(method.amount)]),
    items: order.items
      .map((item: any) => ({
        variant_id: item.variant_id,
        quantity: n(item.quantity),
        unit_price: n(item.unit_price),
        compare_at_unit_price: item.compare_at_unit_price == null ? null : n(item.compare_at_unit_price),
        is_tax_inclusive: item.is_tax_inclusive,
        total: n(item.total),
        tax_total: n(item.tax_total),
        discount_total: n(item.discount_total),
        tax_rates: item.tax_lines.map((line: any) => n(line.rate)),
        adjustments: item.adjustments.map((adjustment: any) => [adjustment.code, n(adjustment.amount)]).sort(),
      }))
      .sort((a: any, b: any) => a.variant_id.localeCompare(b.variant_id)),
    promotions: (order.promotions ?? []).map((promotion: any) => promotion.code).sort(),
    payment: (order.payment_collections ?? []).map((collection: any) => [collection.status, n(collection.amount)]),
    reserved: rows[0].reserved as number,
  }
}

function visitOf(name: string, index: number, lines: { variantId: string; quantity: number }[], promoCode: string | null, session = `${index}`): simulator.VisitPlan {
  return {
    // The same visitor both ways: same buyer, same guest customer, same shipping option drawn.
    visitorId: `sim-equivalence-${index}`,
    sessionId: `equivalence-session-${session}`,
    cart: lines.map((line) => ({ productId: "", variantId: line.variantId, quantity: line.quantity, unitPrice: 0 })),
    promoCode,
    outcome: "order",
    steps: [],
    name,
  } as unknown as simulator.VisitPlan
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("the history's bulk orders", () => {
      beforeAll(async () => {
        await seedOverStarterShop(getContainer())
      })

      afterAll(async () => {
        await removeUploadedImages(getContainer())
      })

      it("gives the same orders as the Store API's checkout for the same baskets", async () => {
        const container = getContainer()
        const shop = await readShopContext(container)
        const baskets = await Promise.all(
          BASKETS.map(async (basket) => ({
            ...basket,
            lines: await Promise.all(basket.lines.map(async ([sku, quantity]) => ({ variantId: (await variantBySku(container, sku)).id, quantity }))),
          }))
        )
        // Visits whose drawn shipping option is a paid one (store pickup is free: nothing to discount).
        const offers = await readShippingOffers(container, shop)
        const sessions = baskets.map((basket, index) => {
          for (let attempt = 0; ; attempt++) {
            const session = `${index}-${attempt}`
            const chosen = orderInputOf(visitOf(basket.name, index, basket.lines, basket.promoCode, session), shop.countryCode).chooseShipping(offers)
            if ((offers.find((offer) => offer.id === chosen)?.amount ?? 0) > 0) return session
          }
        })
        const viaWorkflows: ({ name: string } & Awaited<ReturnType<typeof describeOrder>>)[] = []
        for (const [index, basket] of baskets.entries()) {
          const visit = visitOf(basket.name, index, basket.lines, basket.promoCode, sessions[index])
          const placed = await placeSimulatedOrder(new OrderPlacer(container, shop), visit, shop.countryCode, () => {})
          expect(placed).not.toBeNull()
          viaWorkflows.push({ name: basket.name, ...(await describeOrder(container, placed!.orderId)) })
        }
        const visits = baskets.map((basket, index) => visitOf(basket.name, index, basket.lines, basket.promoCode, sessions[index]))
        const outcomes = await new BulkOrderPlacer(container, shop).placeBatch(visits, () => undefined, () => {})
        const inBulk: typeof viaWorkflows = []
        for (const [index, visit] of visits.entries()) {
          const placed = outcomes.get(visit)
          expect(placed).toBeTruthy()
          inBulk.push({ name: baskets[index]!.name, ...(await describeOrder(container, placed!.orderId)) })
        }
        // Each kind of pricing is really exercised (a comparison of two undiscounted orders proves little).
        expect(viaWorkflows.map((order) => order.promotions.length > 0)).toEqual([true, true, true, true, true])
        // Medusa 2.21 drops a shipping-only code entered before the cart has a shipping method:
        // entered after it, on both paths, the free-shipping code is kept and shipping costs nothing.
        for (const orders of [viaWorkflows, inBulk]) {
          expect(orders[3]!.shipping_total).toBe(0)
          expect(orders[3]!.shipping[0]![1]).toBeGreaterThan(0)
          expect(orders[3]!.promotions).toEqual(["LIVRAISONOFFERTE"])
        }
        expect(viaWorkflows[0]!.items.some((item: { compare_at_unit_price: number | null }) => item.compare_at_unit_price !== null)).toBe(true)
        expect(inBulk).toEqual(viaWorkflows)
      })

      it("never oversells: the last units go to the first orders of the plan, the others are refused", async () => {
        const container = getContainer()
        const apron = await variantBySku(container, "TABLIER-LIN")
        const { reserved_quantity: reserved } = await level(container, apron.inventoryItemId)
        await setStock(container, apron.inventoryItemId, reserved + 2)
        const visits = Array.from({ length: 5 }, (_, index) => visitOf("oversell", 100 + index, [{ variantId: apron.id, quantity: 1 }], null))
        const shop = await readShopContext(container)
        const outcomes = await new BulkOrderPlacer(container, shop).placeBatch(visits, () => undefined, () => {})
        expect(visits.map((visit) => outcomes.get(visit) !== null)).toEqual([true, true, false, false, false])
        expect(await level(container, apron.inventoryItemId)).toMatchObject({ stocked_quantity: reserved + 2, reserved_quantity: reserved + 2 })
      })
    })
  },
})

import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { simulator } from "@comptoir/seed"
import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ComputedOrder } from "./bulk-checkout"
import type { OrderInput, PlacedOrder } from "./place-order"
import type { ShopContext } from "./shop-snapshot"
import { BULK_PAYMENT_KEY, type BulkKillHook, SimulatedKill } from "./undo-unfinished"

/** Medusa's test payment provider, the one the storefront's checkout uses. */
const PAYMENT_PROVIDER = "pp_system_default"
/** Payment sessions authorised at once: the payment module has no bulk authorisation. */
const PAYMENT_CONCURRENCY = 4

/** An order bulk-orders.ts decided to place: its stock taken and its promotion uses counted. */
export interface Accepted {
  visit: simulator.VisitPlan
  input: OrderInput
  customerId: string | undefined
  order: ComputedOrder
  usageContext: { customer_id: string | null; customer_email: string }
  /** Units taken per inventory item and location: the reservations to write. */
  reservations: { variantId: string; inventory_item_id: string; location_id: string; quantity: number; allow_backorder: boolean }[]
}

export interface BulkWriteContext {
  container: MedusaContainer
  shop: ShopContext
  /** Times each phase (PhaseTimings of the placer). */
  timed: <T>(phase: string, work: () => Promise<T>) => Promise<T>
  /** Test hook standing in for a SIGKILL inside the write (see undo-unfinished.ts). */
  killHook?: BulkKillHook
}

/**
 * Writes a week's accepted orders with Medusa's modules in arrays, as completeCart writes one:
 * bare carts, orders, stock reservations, authorised payment collections, the promotion and
 * payment links, and last the order↔cart link — an order without it is what resume.ts treats as
 * unfinished after a kill (undo-unfinished.ts).
 */
export async function writeBulkOrders(context: BulkWriteContext, accepted: readonly Accepted[]): Promise<Map<simulator.VisitPlan, PlacedOrder>> {
  const placed = new Map<simulator.VisitPlan, PlacedOrder>()
  if (accepted.length === 0) return placed
  const { shop, container, timed } = context
  const carts = await timed("carts", () =>
    container.resolve(Modules.CART).createCarts(
      accepted.map(({ input, customerId }) => ({
        region_id: shop.regionId,
        sales_channel_id: shop.salesChannelId,
        currency_code: shop.currencyCode,
        customer_id: customerId,
        email: input.email,
        shipping_address: { ...input.address },
        billing_address: { ...input.address },
        metadata: metadataOf(input),
        completed_at: new Date(),
      }))
    )
  )
  const created = await timed("orders", () =>
    container.resolve(Modules.ORDER).createOrders(
      accepted.map(({ input, customerId, order }) => ({
        region_id: shop.regionId,
        customer_id: customerId,
        sales_channel_id: shop.salesChannelId,
        status: "pending" as const,
        email: input.email,
        currency_code: shop.currencyCode,
        shipping_address: { ...input.address },
        billing_address: { ...input.address },
        no_notification: false,
        items: order.items,
        shipping_methods: [order.shippingMethod],
        metadata: metadataOf(input),
        promo_codes: [...new Set([...order.items.flatMap((item) => item.adjustments), ...order.shippingMethod.adjustments].map((a) => a.code))],
      })) as never
    )
  )
  // createOrders lists the new orders back in no particular order: each is found by its visit.
  const bySession = new Map(created.map((order) => [order.metadata?.[CART_ATTRIBUTION_KEYS.sessionId], order]))
  const orders = accepted.map(({ input }) => {
    const order = bySession.get(input.visit.sessionId)
    if (!order) throw new Error(`order of session ${input.visit.sessionId} not found after createOrders`)
    return order
  })
  await timed("reservations", () =>
    container.resolve(Modules.INVENTORY).createReservationItems(
      accepted.flatMap(({ reservations }, index) => {
        const items = (orders[index]?.items ?? []) as { id: string; variant_id?: string | null }[]
        return reservations.map(({ variantId, ...reservation }) => ({
          ...reservation,
          line_item_id: items.find((item) => item.variant_id === variantId)?.id,
        }))
      })
    )
  )
  const collections = await timed("payments", () => authorisedPayments(context, accepted.map(({ order }) => order.total)))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await timed("links", () =>
    link.create(
      accepted.flatMap(({ order }, index): LinkDefinition[] => [
        ...order.promotionIds.map((promotion_id) => ({
          [Modules.ORDER]: { order_id: orders[index]?.id },
          [Modules.PROMOTION]: { promotion_id },
        })),
        { [Modules.ORDER]: { order_id: orders[index]?.id }, [Modules.PAYMENT]: { payment_collection_id: collections[index] } },
        // Also the cart's own links, as the Store API cart has them.
        { [Modules.CART]: { cart_id: carts[index]?.id }, [Modules.PAYMENT]: { payment_collection_id: collections[index] } },
        ...order.promotionIds.map((promotion_id) => ({ [Modules.CART]: { cart_id: carts[index]?.id }, [Modules.PROMOTION]: { promotion_id } })),
      ])
    )
  )
  if (context.killHook?.phase === "write") throw new SimulatedKill("write")
  // Last: the link that makes the order count as finished for a resumed run.
  await timed("links", () =>
    link.create(accepted.map((_, index) => ({ [Modules.ORDER]: { order_id: orders[index]?.id }, [Modules.CART]: { cart_id: carts[index]?.id } })))
  )
  for (const [index, { visit }] of accepted.entries()) {
    placed.set(visit, { orderId: orders[index]?.id as string, cartId: carts[index]?.id as string, promoApplied: accepted[index]!.order.promotionIds.length > 0 })
  }
  return placed
}

function metadataOf(input: OrderInput): Record<string, string> {
  return {
    ...input.metadata,
    [CART_ATTRIBUTION_KEYS.distinctId]: input.visit.distinctId,
    [CART_ATTRIBUTION_KEYS.sessionId]: input.visit.sessionId,
  }
}

/** Payment collections of the orders' totals, each with a system-provider session authorised as at checkout. */
async function authorisedPayments({ container, shop }: BulkWriteContext, totals: readonly number[]): Promise<string[]> {
  const payment = container.resolve(Modules.PAYMENT)
  const collections = await payment.createPaymentCollections(totals.map((amount) => ({ currency_code: shop.currencyCode, amount, metadata: { [BULK_PAYMENT_KEY]: true } })))
  let next = 0
  const worker = async () => {
    for (let index = next++; index < collections.length; index = next++) {
      const collection = collections[index]!
      const session = await payment.createPaymentSession(collection.id, {
        provider_id: PAYMENT_PROVIDER,
        currency_code: shop.currencyCode,
        amount: totals[index] ?? 0,
        data: {},
      })
      await payment.authorizePaymentSession(session.id, {})
    }
  }
  await Promise.all(Array.from({ length: PAYMENT_CONCURRENCY }, worker))
  return collections.map((collection) => collection.id)
}

/**
 * The promotion uses an order counted when it was placed, rebuilt from the order's adjustments
 * the way Medusa's cart completion builds them, so a cancellation can give them back.
 */

type Nullable<T> = T | null | undefined
type Adjusted = { adjustments?: Nullable<Nullable<{ code?: Nullable<string>; amount?: Nullable<number | string> }>[]> }

export type OrderPromotionUsage = {
  id: string
  email?: Nullable<string>
  customer_id?: Nullable<string>
  metadata?: Nullable<Record<string, unknown>>
  items?: Nullable<Nullable<Adjusted>[]>
  shipping_methods?: Nullable<Nullable<Adjusted>[]>
}

/** Set on the order once its uses are given back: a second delivery of `order.canceled` finds it. */
export const PROMOTION_USAGE_RETURNED_KEY = "comptoir_promotion_usage_returned_at"

export const ORDER_PROMOTION_USAGE_FIELDS = [
  "id",
  "email",
  "customer_id",
  "metadata",
  "items.adjustments.code",
  "items.adjustments.amount",
  "shipping_methods.adjustments.code",
  "shipping_methods.adjustments.amount",
]

export type UsageToReturn = {
  computedActions: { code: string; amount: number }[]
  registrationContext: { customer_id: string | null; customer_email: string | null }
}

/** Nothing when the order used no promotion or already gave its uses back. */
export function usageToReturn(order: OrderPromotionUsage): UsageToReturn | null {
  if (order.metadata?.[PROMOTION_USAGE_RETURNED_KEY]) return null
  const adjustments = [...(order.items ?? []), ...(order.shipping_methods ?? [])].flatMap((line) => line?.adjustments ?? [])
  const computedActions = adjustments.flatMap((adjustment) =>
    adjustment?.code ? [{ code: adjustment.code, amount: Number(adjustment.amount ?? 0) }] : []
  )
  if (computedActions.length === 0) return null
  return {
    computedActions,
    registrationContext: { customer_id: order.customer_id ?? null, customer_email: order.email ?? null },
  }
}

import { EVENT_NAMES, type OrderCanceledProperties, type OrderPlacedProperties, type OrderRefundedProperties, type PromotionUsage } from "@comptoir/analytics"
import type { ServerEventInput } from "../../modules/event-store/server-events"
import { serverEventUuid, visitIds } from "./attribution"

// Pure functions from the order data read with query.graph to the server events of the event
// contract (analytics package, events/server.ts). Amounts arrive as numbers or Medusa
// BigNumbers, which Number() reads.

type Amount = number | string | { valueOf(): number } | null | undefined
type Metadata = Record<string, unknown> | null

interface Adjustment {
  promotion_id?: string | null
  code?: string | null
  amount?: Amount
}

export interface OrderSnapshot {
  id: string
  display_id?: number | null
  currency_code: string
  customer_id?: string | null
  created_at?: Date | string | null
  canceled_at?: Date | string | null
  metadata?: Metadata
  total?: Amount
  subtotal?: Amount
  discount_total?: Amount
  shipping_total?: Amount
  tax_total?: Amount
  items?: ({
    product_id?: string | null
    variant_id?: string | null
    title?: string | null
    product_title?: string | null
    quantity?: Amount
    unit_price?: Amount
    total?: Amount
    adjustments?: (Adjustment | null)[] | null
  } | null)[] | null
  shipping_methods?: ({ adjustments?: (Adjustment | null)[] | null } | null)[] | null
  promotions?: ({ id: string; code?: string | null } | null)[] | null
  cart?: { id: string; metadata?: Metadata } | null
}

/** The fields of OrderSnapshot, for query.graph. */
export const ORDER_SNAPSHOT_FIELDS = [
  "id", "display_id", "currency_code", "customer_id", "created_at", "canceled_at", "metadata",
  "total", "subtotal", "discount_total", "shipping_total", "tax_total",
  "items.product_id", "items.variant_id", "items.title", "items.product_title", "items.quantity",
  "items.unit_price", "items.total",
  "items.adjustments.promotion_id", "items.adjustments.code", "items.adjustments.amount",
  "shipping_methods.adjustments.promotion_id", "shipping_methods.adjustments.code", "shipping_methods.adjustments.amount",
  "promotions.id", "promotions.code", "cart.id", "cart.metadata",
]

export function amount(value: Amount): number {
  const number = Number(value ?? 0)
  // Rounded to 1/10 000 so BigNumber arithmetic noise (0.30000000000000004) is not stored.
  return Number.isFinite(number) ? Math.round(Math.max(0, number) * 10_000) / 10_000 : 0
}

function isoDate(value: Date | string | null | undefined, fallback: Date): string {
  const parsed = value === null || value === undefined ? fallback : value instanceof Date ? value : new Date(value)
  return (Number.isNaN(parsed.getTime()) ? fallback : parsed).toISOString()
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined

/** Discount per promotion: the adjustments of items and shipping, summed by promotion. */
function promotionUsage(order: OrderSnapshot): PromotionUsage[] {
  const codes = new Map((order.promotions ?? []).filter(present).map((promotion) => [promotion.id, promotion.code ?? null]))
  const totals = new Map<string, { code: string | null; amount: number }>()
  const adjustments = [
    ...(order.items ?? []).filter(present).flatMap((item) => item.adjustments ?? []),
    ...(order.shipping_methods ?? []).filter(present).flatMap((method) => method.adjustments ?? []),
  ].filter(present)
  for (const adjustment of adjustments) {
    const id = adjustment.promotion_id
    if (!id) continue
    const entry = totals.get(id) ?? { code: adjustment.code ?? codes.get(id) ?? null, amount: 0 }
    entry.amount += amount(adjustment.amount)
    totals.set(id, entry)
  }
  // A promotion linked to the order without an adjustment (e.g. fully consumed) still counts as used.
  for (const [id, code] of codes) if (!totals.has(id)) totals.set(id, { code, amount: 0 })
  return [...totals].map(([promotion_id, { code, amount: total }]) => ({
    promotion_id,
    ...(code ? { code } : {}),
    amount: Math.round(total * 10_000) / 10_000,
  }))
}

export function orderPlacedEvent(order: OrderSnapshot, now = new Date()): ServerEventInput {
  const properties: OrderPlacedProperties = {
    order_id: order.id,
    ...(order.display_id ? { display_id: order.display_id } : {}),
    ...(order.cart?.id ? { cart_id: order.cart.id } : {}),
    ...(order.customer_id ? { customer_id: order.customer_id } : {}),
    total: amount(order.total),
    subtotal: amount(order.subtotal),
    discount_total: amount(order.discount_total),
    shipping_total: amount(order.shipping_total),
    tax_total: amount(order.tax_total),
    currency: order.currency_code,
    promotions: promotionUsage(order),
    items: (order.items ?? []).filter(present).map((item) => ({
      ...(item.product_id ? { product_id: item.product_id } : {}),
      ...(item.variant_id ? { variant_id: item.variant_id } : {}),
      title: (item.product_title || item.title || "?").slice(0, 200),
      quantity: Math.max(1, Math.round(Number(item.quantity ?? 1))),
      unit_price: amount(item.unit_price),
      total: amount(item.total),
    })),
  }
  return {
    uuid: serverEventUuid(EVENT_NAMES.orderPlaced, order.id),
    event: EVENT_NAMES.orderPlaced,
    ...visitIds(order.metadata, order.cart?.metadata),
    timestamp: isoDate(order.created_at, now),
    properties,
  }
}

export function orderCanceledEvent(order: OrderSnapshot, now = new Date()): ServerEventInput {
  const properties: OrderCanceledProperties = {
    order_id: order.id,
    total: amount(order.total),
    currency: order.currency_code,
  }
  return {
    uuid: serverEventUuid(EVENT_NAMES.orderCanceled, order.id),
    event: EVENT_NAMES.orderCanceled,
    ...visitIds(order.metadata, order.cart?.metadata),
    timestamp: isoDate(order.canceled_at, now),
    properties,
  }
}

export interface PaymentSnapshot {
  id: string
  currency_code: string
  refunds?: ({
    id: string
    amount?: Amount
    note?: string | null
    created_at?: Date | string | null
    refund_reason?: { label?: string | null } | null
  } | null)[] | null
  payment_collection?: { order?: Pick<OrderSnapshot, "id" | "metadata" | "cart"> | null } | null
}

export const PAYMENT_SNAPSHOT_FIELDS = [
  "id", "currency_code",
  "refunds.id", "refunds.amount", "refunds.note", "refunds.created_at", "refunds.refund_reason.label",
  "payment_collection.order.id", "payment_collection.order.metadata",
  "payment_collection.order.cart.id", "payment_collection.order.cart.metadata",
]

/**
 * One `order_refunded` per refund of the payment. Medusa's `payment.refunded` names the payment
 * only, so every refund is listed and the stable uuids skip those stored by earlier refunds.
 * A payment outside any order (none in this shop) gives no event.
 */
export function orderRefundedEvents(payment: PaymentSnapshot, now = new Date()): ServerEventInput[] {
  const order = payment.payment_collection?.order
  if (!order) return []
  const visit = visitIds(order.metadata, order.cart?.metadata)
  return (payment.refunds ?? []).filter(present).map((refund) => {
    const reason = refund.refund_reason?.label ?? refund.note ?? undefined
    const properties: OrderRefundedProperties & { refund_id: string; payment_id: string } = {
      order_id: order.id,
      amount: amount(refund.amount),
      currency: payment.currency_code,
      ...(reason ? { reason: reason.slice(0, 200) } : {}),
      refund_id: refund.id,
      payment_id: payment.id,
    }
    return {
      uuid: serverEventUuid(EVENT_NAMES.orderRefunded, refund.id),
      event: EVENT_NAMES.orderRefunded,
      ...visit,
      timestamp: isoDate(refund.created_at, now),
      properties,
    }
  })
}

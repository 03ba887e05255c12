import { z } from 'zod'
import { amountField, currencyField, idField, lineItemSchema, promoCodeField } from './fields'

// Properties of the events the backend emits from Medusa's order events. They are the
// authoritative commercial facts: reports read revenue from orders, these events let the
// capture tables join an order to the visit that produced it.

export const promotionUsageSchema = z.object({
  promotion_id: idField,
  /** Absent for automatic promotions. */
  code: promoCodeField.optional(),
  /** Discount this promotion gave on the order. */
  amount: amountField,
})

export const orderPlacedSchema = z.object({
  order_id: idField,
  display_id: z.number().int().positive().optional(),
  cart_id: idField.optional(),
  customer_id: idField.optional(),
  total: amountField,
  subtotal: amountField.optional(),
  discount_total: amountField,
  shipping_total: amountField.optional(),
  tax_total: amountField.optional(),
  currency: currencyField,
  promotions: z.array(promotionUsageSchema).max(50),
  items: z.array(lineItemSchema).min(1).max(500),
})

export const orderCanceledSchema = z.object({
  order_id: idField,
  total: amountField.optional(),
  currency: currencyField.optional(),
})

export const orderRefundedSchema = z.object({
  order_id: idField,
  amount: amountField,
  currency: currencyField,
  reason: z.string().max(200).optional(),
})

export type PromotionUsage = z.infer<typeof promotionUsageSchema>
export type OrderPlacedProperties = z.infer<typeof orderPlacedSchema>
export type OrderCanceledProperties = z.infer<typeof orderCanceledSchema>
export type OrderRefundedProperties = z.infer<typeof orderRefundedSchema>

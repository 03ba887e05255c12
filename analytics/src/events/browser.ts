import { z } from 'zod'
import {
  amountField,
  countField,
  currencyField,
  idField,
  nameField,
  productFields,
  promoCodeField,
  quantityField,
  urlField,
} from './fields'

// Properties of the events the storefront captures with posthog-js. posthog-js adds its own `$`
// properties to each event; z.object ignores keys it does not know, so those pass untouched.

/** `$pageview` / `$pageleave`: posthog-js fills these itself; only their bounds are checked. */
export const pageEventSchema = z.object({
  $current_url: urlField.optional(),
  $pathname: urlField.optional(),
  $referrer: urlField.optional(),
})

export const productListViewedSchema = z.object({
  list_type: z.enum(['collection', 'category', 'search', 'all', 'home']),
  list_id: idField.optional(),
  list_name: nameField.optional(),
  products_count: countField,
})

export const productViewedSchema = z.object({
  ...productFields,
  price: amountField.optional(),
  currency: currencyField.optional(),
})

export const searchPerformedSchema = z.object({
  query: z.string().max(200),
  results_count: countField,
})

const cartLineChangeSchema = z.object({
  ...productFields,
  variant_id: idField,
  cart_id: idField.optional(),
  quantity: quantityField,
  unit_price: amountField.optional(),
  currency: currencyField.optional(),
})

export const productAddedToCartSchema = cartLineChangeSchema
export const productRemovedFromCartSchema = cartLineChangeSchema

export const cartViewedSchema = z.object({
  cart_id: idField.optional(),
  items_count: countField,
  subtotal: amountField.optional(),
  currency: currencyField.optional(),
})

export const checkoutStartedSchema = z.object({
  cart_id: idField,
  items_count: countField,
  subtotal: amountField.optional(),
  currency: currencyField.optional(),
})

/** The storefront's checkout steps, in the order a visitor meets them. */
export const CHECKOUT_STEPS = ['email', 'address', 'shipping', 'payment', 'review'] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export const checkoutStepCompletedSchema = z.object({
  cart_id: idField,
  step: z.enum(CHECKOUT_STEPS),
  step_number: z.number().int().min(1).max(CHECKOUT_STEPS.length),
})

export const promoCodeAppliedSchema = z.object({
  cart_id: idField.optional(),
  code: promoCodeField,
  discount_total: amountField.optional(),
  currency: currencyField.optional(),
})

export const promoCodeRejectedSchema = z.object({
  cart_id: idField.optional(),
  code: promoCodeField,
  /** Medusa's message, as shown to the visitor. */
  reason: z.string().min(1).max(200),
})

export type PageEventProperties = z.infer<typeof pageEventSchema>
export type ProductListViewedProperties = z.infer<typeof productListViewedSchema>
export type ProductViewedProperties = z.infer<typeof productViewedSchema>
export type SearchPerformedProperties = z.infer<typeof searchPerformedSchema>
export type ProductAddedToCartProperties = z.infer<typeof productAddedToCartSchema>
export type ProductRemovedFromCartProperties = z.infer<typeof productRemovedFromCartSchema>
export type CartViewedProperties = z.infer<typeof cartViewedSchema>
export type CheckoutStartedProperties = z.infer<typeof checkoutStartedSchema>
export type CheckoutStepCompletedProperties = z.infer<typeof checkoutStepCompletedSchema>
export type PromoCodeAppliedProperties = z.infer<typeof promoCodeAppliedSchema>
export type PromoCodeRejectedProperties = z.infer<typeof promoCodeRejectedSchema>

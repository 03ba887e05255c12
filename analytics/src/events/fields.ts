import { z } from 'zod'
import { TEXT_LIMITS } from '../text'

// Building blocks of the event schemas. Every string is bounded so that a storefront bug (or a
// hostile client) cannot make one event property larger than the column that stores it.

export const idField = z.string().min(1).max(TEXT_LIMITS.id)
export const nameField = z.string().min(1).max(TEXT_LIMITS.name)
export const urlField = z.string().max(TEXT_LIMITS.url)
export const promoCodeField = z.string().min(1).max(TEXT_LIMITS.campaign)

/** ISO 4217 code as Medusa stores it (`eur`); upper case is accepted from hand-written events. */
export const currencyField = z.string().regex(/^[A-Za-z]{3}$/, 'expected a 3-letter currency code')

/** Medusa v2 amounts are in major units (19.99 means 19,99 €). */
export const amountField = z.number().nonnegative().max(1_000_000_000)

export const quantityField = z.number().int().min(1).max(10_000)
export const countField = z.number().int().nonnegative().max(1_000_000)

/** A product as most events describe it. */
export const productFields = {
  product_id: idField,
  variant_id: idField.optional(),
  product_handle: nameField.optional(),
  product_title: nameField.optional(),
  category: nameField.optional(),
  collection: nameField.optional(),
}

/** A line of an order or a cart. */
export const lineItemSchema = z.object({
  product_id: idField.optional(),
  variant_id: idField.optional(),
  title: nameField,
  quantity: quantityField,
  unit_price: amountField,
  total: amountField.optional(),
})

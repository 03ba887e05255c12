import type { z } from 'zod'
import {
  cartViewedSchema,
  checkoutStartedSchema,
  checkoutStepCompletedSchema,
  pageEventSchema,
  productAddedToCartSchema,
  productListViewedSchema,
  productRemovedFromCartSchema,
  productViewedSchema,
  promoCodeAppliedSchema,
  promoCodeRejectedSchema,
  searchPerformedSchema,
} from './browser'
import { type ContractEventName, EVENT_NAMES, isContractEventName } from './names'
import { orderCanceledSchema, orderPlacedSchema, orderRefundedSchema } from './server'

/** The properties schema of each contract event: the single source for every producer. */
export const EVENT_PROPERTY_SCHEMAS = {
  [EVENT_NAMES.pageview]: pageEventSchema,
  [EVENT_NAMES.pageleave]: pageEventSchema,
  [EVENT_NAMES.productListViewed]: productListViewedSchema,
  [EVENT_NAMES.productViewed]: productViewedSchema,
  [EVENT_NAMES.searchPerformed]: searchPerformedSchema,
  [EVENT_NAMES.productAddedToCart]: productAddedToCartSchema,
  [EVENT_NAMES.productRemovedFromCart]: productRemovedFromCartSchema,
  [EVENT_NAMES.cartViewed]: cartViewedSchema,
  [EVENT_NAMES.checkoutStarted]: checkoutStartedSchema,
  [EVENT_NAMES.checkoutStepCompleted]: checkoutStepCompletedSchema,
  [EVENT_NAMES.promoCodeApplied]: promoCodeAppliedSchema,
  [EVENT_NAMES.promoCodeRejected]: promoCodeRejectedSchema,
  [EVENT_NAMES.orderPlaced]: orderPlacedSchema,
  [EVENT_NAMES.orderCanceled]: orderCanceledSchema,
  [EVENT_NAMES.orderRefunded]: orderRefundedSchema,
} as const satisfies Record<ContractEventName, z.ZodType>

/** The typed properties of a contract event, e.g. `EventProperties<'order_placed'>`. */
export type EventProperties<Name extends ContractEventName> = z.infer<
  (typeof EVENT_PROPERTY_SCHEMAS)[Name]
>

export type ContractCheck = { ok: true } | { ok: false; reason: string }

/**
 * Checks an event's properties against the contract. Events outside the contract (posthog-js
 * autocapture, `$identify`, custom names) pass: the contract constrains our own events only.
 * The reason names the first faulty property, in plain English, for the ingest's logs.
 */
export function checkEventProperties(event: string, properties: unknown): ContractCheck {
  if (!isContractEventName(event)) return { ok: true }
  const result = EVENT_PROPERTY_SCHEMAS[event].safeParse(properties)
  if (result.success) return { ok: true }
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'properties'
  return { ok: false, reason: `${event}: ${where}: ${issue?.message ?? 'invalid'}` }
}

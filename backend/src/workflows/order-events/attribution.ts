import { createHash } from "node:crypto"
import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"

// The keys are defined once, in the analytics package, for the storefront and the backend.
export { CART_ATTRIBUTION_KEYS }

export interface VisitIds {
  distinct_id: string | null
  session_id: string | null
}

type Metadata = Record<string, unknown> | null | undefined

function readId(metadata: Metadata, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim().length > 0 ? value.trim().slice(0, 200) : null
}

/** The visit behind an order: the order's own metadata first, then its cart's. */
export function visitIds(orderMetadata: Metadata, cartMetadata: Metadata): VisitIds {
  return {
    distinct_id:
      readId(orderMetadata, CART_ATTRIBUTION_KEYS.distinctId) ?? readId(cartMetadata, CART_ATTRIBUTION_KEYS.distinctId),
    session_id:
      readId(orderMetadata, CART_ATTRIBUTION_KEYS.sessionId) ?? readId(cartMetadata, CART_ATTRIBUTION_KEYS.sessionId),
  }
}

/**
 * A stable uuid for "this fact about this record" (`order_placed` of order_01…): Medusa may
 * deliver an event twice, and the event store's unique uuid then keeps one copy. Formatted as
 * an RFC 9562 version 8 (custom) uuid.
 */
export function serverEventUuid(event: string, recordId: string): string {
  const hex = createHash("sha256").update(`comptoir:${event}:${recordId}`).digest("hex")
  const variant = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

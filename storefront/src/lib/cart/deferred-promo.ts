/**
 * Medusa 2.21 keeps a promotion code only when it gives an adjustment right away, so a
 * shipping-only code (LIVRAISONOFFERTE) typed in the cart, before any shipping method, is
 * silently dropped. The storefront keeps such a code on the cart's metadata and applies it
 * right after the checkout's shipping step.
 */

/** The cart metadata key holding the deferred code (read back by `toCartView`). */
export const DEFERRED_SHIPPING_CODE_KEY = "comptoir_deferred_shipping_code";

/** What a code discounts, as GET /store/promotion-codes/:code answers (`null`: unknown or not running). */
export type PromoTarget = "shipping" | "items" | "order";

export type PromoDecision =
  | { kind: "applied" }
  /** Shipping-only and the cart has no shipping method yet: keep it for the shipping step. */
  | { kind: "deferred" }
  /** Medusa knows the code, but it is not running (draft, ended, not started). */
  | { kind: "expired" }
  | { kind: "not_applicable" };

/** What to do with a code Medusa accepted (it throws on unknown codes) once the cart came back. */
export function decidePromo(input: { applied: boolean; hasShippingMethod: boolean; target: PromoTarget | null }): PromoDecision {
  if (input.applied) return { kind: "applied" };
  if (input.target === null) return { kind: "expired" };
  if (input.target === "shipping" && !input.hasShippingMethod) return { kind: "deferred" };
  return { kind: "not_applicable" };
}

/** The deferred code stored on a cart, if any (an empty string is how it is cleared). */
export function readDeferredShippingCode(metadata: Record<string, unknown> | null | undefined): string | null {
  const value = metadata?.[DEFERRED_SHIPPING_CODE_KEY];
  return typeof value === "string" && value.length > 0 && value.length <= 50 ? value : null;
}

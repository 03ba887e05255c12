/**
 * Medusa 2.21 keeps a promotion code only when it gives an adjustment right away, so a
 * shipping-only code (LIVRAISONOFFERTE) typed in the cart, before any shipping method, is
 * silently dropped. The storefront keeps such a code on the cart's metadata and applies it
 * right after the checkout's shipping step.
 */

/** The cart metadata key holding the deferred code (read back by `toCartView`). */
export const DEFERRED_SHIPPING_CODE_KEY = "comptoir_deferred_shipping_code";

/** What a code discounts, as GET /store/promotion-codes/:code answers. */
export type PromoTarget = "shipping" | "items" | "order";

/** Why that route knows no running code by a name (its 404 `reason`). */
export type PromoUnavailableReason = "unknown" | "not_started" | "ended";

/** The route's answer: what a running code discounts, or why the code is not running. */
export type PromoCodeLookup = { running: true; target: PromoTarget } | { running: false; reason: PromoUnavailableReason };

/**
 * The reason of the route's 404, from its message: the Medusa SDK keeps only the message and
 * status of an error response, not its body. The wording is our backend's
 * (backend/src/api/store/promotion-codes/[code]/route.ts), checked by its integration spec.
 */
export function promoUnavailableReasonFromMessage(message: string): PromoUnavailableReason {
  if (/has not started/i.test(message)) return "not_started";
  if (/has ended/i.test(message)) return "ended";
  return "unknown";
}

export type PromoDecision =
  | { kind: "applied" }
  /** Shipping-only and the cart has no shipping method yet: keep it for the shipping step. */
  | { kind: "deferred" }
  /** Its campaign starts later. */
  | { kind: "not_started" }
  /** Its campaign is over, or the promotion was deactivated. */
  | { kind: "expired" }
  /** No such code for a shopper (a draft, or deleted since Medusa accepted it). */
  | { kind: "unknown" }
  | { kind: "not_applicable" };

const UNAVAILABLE_DECISIONS = {
  unknown: { kind: "unknown" },
  not_started: { kind: "not_started" },
  ended: { kind: "expired" },
} as const satisfies Record<PromoUnavailableReason, PromoDecision>;

/**
 * What to do with a code Medusa accepted (it throws on unknown codes) once the cart came back.
 * `lookup` is the route's answer, asked only when the code is missing from the cart.
 */
export function decidePromo(input: { applied: boolean; hasShippingMethod: boolean; lookup: PromoCodeLookup | null }): PromoDecision {
  if (input.applied) return { kind: "applied" };
  if (input.lookup === null) return { kind: "not_applicable" };
  if (!input.lookup.running) return UNAVAILABLE_DECISIONS[input.lookup.reason];
  if (input.lookup.target === "shipping" && !input.hasShippingMethod) return { kind: "deferred" };
  return { kind: "not_applicable" };
}

/** The deferred code stored on a cart, if any (an empty string is how it is cleared). */
export function readDeferredShippingCode(metadata: Record<string, unknown> | null | undefined): string | null {
  const value = metadata?.[DEFERRED_SHIPPING_CODE_KEY];
  return typeof value === "string" && value.length > 0 && value.length <= 50 ? value : null;
}

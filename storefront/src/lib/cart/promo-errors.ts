/**
 * Why a promo code was refused, from what Medusa answered. Medusa throws only for
 * an unknown code ("The promotion code X is invalid"); an expired, inactive or
 * not-applicable code is accepted by the API but silently not applied, so the
 * caller also reports `not_applied` when the code is missing from the cart after — except a
 * shipping-only code entered before shipping is chosen, kept for later (deferred-promo.ts).
 */
export type PromoRejection =
  | "unknown"
  | "not_started"
  | "expired"
  | "not_applicable"
  | "limit_reached"
  | "invalid_format"
  | "failed";

/** Medusa's own messages, matched loosely: its wording changes between minor versions. */
const MESSAGE_PATTERNS: readonly [RegExp, PromoRejection][] = [
  [/promotion code .* is invalid|promotion.*not found|not found.*promotion/i, "unknown"],
  [/expired|has ended|not active|inactive|ends_at|campaign.*ended/i, "expired"],
  [/limit|budget|exceeded|already used/i, "limit_reached"],
  [/not applicable|cannot be applied|can't be applied|does not apply|rules/i, "not_applicable"],
];

export function promoRejectionFromMessage(message: string): PromoRejection {
  for (const [pattern, reason] of MESSAGE_PATTERNS) if (pattern.test(message)) return reason;
  return "failed";
}

/** What the visitor reads (French; the English catalogue mirrors these keys). */
export const PROMO_REJECTION_MESSAGE_KEYS = {
  unknown: "promoUnknown",
  not_started: "promoNotStarted",
  expired: "promoExpired",
  not_applicable: "promoNotApplicable",
  limit_reached: "promoLimitReached",
  invalid_format: "promoInvalidFormat",
  failed: "promoFailed",
} as const satisfies Record<PromoRejection, string>;

/** Codes as students type them in the admin: letters, digits, dash, underscore. */
const PROMO_CODE_PATTERN = /^[\p{L}\p{N}_-]{1,50}$/u;

/** The code as sent to Medusa (trimmed), or `null` when it cannot be a code at all. */
export function normalisePromoCode(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const code = input.trim();
  return PROMO_CODE_PATTERN.test(code) ? code : null;
}

/** Medusa compares codes exactly; visitors do not type case reliably, so compare loosely. */
export function hasPromoCode(codes: readonly string[], code: string): boolean {
  const wanted = code.toLocaleUpperCase("fr-FR");
  return codes.some((existing) => existing.toLocaleUpperCase("fr-FR") === wanted);
}

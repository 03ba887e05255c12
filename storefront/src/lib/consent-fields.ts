/**
 * What the consent forms post, shared by the banner (a client component on every page), the
 * cookies page and the server action. Kept apart from `consent.ts` on purpose: that module
 * validates the cookie with zod, and importing it from the banner put all of zod (~60 kB
 * compressed) in the JavaScript every page downloads.
 */

/** The three answers the banner offers, as posted by its buttons. */
export const CONSENT_DECISIONS = ["accept", "refuse", "custom"] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/** Form field names shared by the banner, the cookies page and the server action. */
export const CONSENT_FORM_FIELDS = {
  decision: "decision",
  analytics: "analytics",
} as const;

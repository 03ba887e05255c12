import { z } from "zod";

/**
 * The visitor's cookie choice, kept in a first-party cookie. The only optional
 * purpose the shop has is audience measurement (posthog-js); everything else it
 * stores (language, and later the cart) is strictly necessary.
 */
export const CONSENT_COOKIE = "comptoir_consent";

/** Bumped when the purposes asked about change: an older choice is asked again. */
export const CONSENT_VERSION = 1;

/**
 * The CNIL's recommendation: a choice (acceptance or refusal) is kept at most
 * 13 months, then the visitor is asked again.
 */
export const CONSENT_MAX_AGE_MONTHS = 13;

export type ConsentChoice = {
  /** Audience measurement (posthog-js, sent to the shop's own server). */
  analytics: boolean;
  /** When the visitor chose: the 13 months run from here. */
  decidedAt: Date;
};

const storedConsent = z.object({
  v: z.literal(CONSENT_VERSION),
  analytics: z.boolean(),
  date: z.iso.datetime(),
});

/** The moment a choice made at `decidedAt` stops counting. */
export function consentExpiresAt(decidedAt: Date): Date {
  const expiry = new Date(decidedAt.getTime());
  const day = expiry.getUTCDate();
  expiry.setUTCMonth(expiry.getUTCMonth() + CONSENT_MAX_AGE_MONTHS);
  // 31 January + 13 months would roll over to 3 March: stay in the last day of February.
  if (expiry.getUTCDate() !== day) expiry.setUTCDate(0);
  return expiry;
}

/**
 * The cookie's content: a small JSON object a student can read in the browser's
 * tools. Next's cookie API percent-encodes it on the way out and decodes it on
 * the way in, so it is stored as `%7B%22v%22%3A1…`.
 */
export function encodeConsent(choice: ConsentChoice): string {
  return JSON.stringify({ v: CONSENT_VERSION, analytics: choice.analytics, date: choice.decidedAt.toISOString() });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The choice stored in the cookie, or `null` when the visitor must be asked:
 * no cookie, an unreadable or older-version value, a date in the future, or a
 * choice older than 13 months (the browser may keep a cookie longer than we asked).
 */
export function readConsent(cookieValue: string | undefined, now: Date = new Date()): ConsentChoice | null {
  if (!cookieValue) return null;
  // Decoded by Next's cookie API; a raw header value (still percent-encoded) is read too.
  let json = parseJson(cookieValue);
  if (json === undefined) {
    try {
      json = parseJson(decodeURIComponent(cookieValue));
    } catch {
      return null;
    }
  }
  const parsed = storedConsent.safeParse(json);
  if (!parsed.success) return null;
  const decidedAt = new Date(parsed.data.date);
  // A clock set back a few minutes is tolerated; a choice "made" next week is forged or broken.
  if (decidedAt.getTime() > now.getTime() + 5 * 60_000) return null;
  if (consentExpiresAt(decidedAt).getTime() <= now.getTime()) return null;
  return { analytics: parsed.data.analytics, decidedAt };
}

/** Seconds the browser should keep the cookie: until the choice expires, never longer. */
export function consentCookieMaxAge(decidedAt: Date): number {
  return Math.floor((consentExpiresAt(decidedAt).getTime() - decidedAt.getTime()) / 1000);
}

/**
 * Turns a submitted form into a choice: "accept" and "refuse" decide everything,
 * "custom" reads the audience checkbox. `null` for anything else.
 */
export function choiceFromForm(
  decision: unknown,
  analyticsField: unknown,
  now: Date = new Date(),
): ConsentChoice | null {
  switch (decision) {
    case "accept":
      return { analytics: true, decidedAt: now };
    case "refuse":
      return { analytics: false, decidedAt: now };
    case "custom":
      return { analytics: analyticsField === "on" || analyticsField === "true", decidedAt: now };
    default:
      return null;
  }
}

/** Cookies posthog-js sets (`ph_<key>_posthog`, …), removed when consent is withdrawn. */
export function isAnalyticsCookie(name: string): boolean {
  return name.startsWith("ph_") || name.startsWith("__ph_");
}

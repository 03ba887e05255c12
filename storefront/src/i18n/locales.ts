/** Languages the shop is written in; French first. */
export const LOCALES = ["fr", "en"] as const;

export type AppLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = "fr";

/** Cookie holding the visitor's language choice (the name next-intl uses by default). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Keep the choice for a year: it is a preference, not tracking. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** BCP 47 tags used by Intl for numbers and dates in each language. */
export const INTL_LOCALES: Record<AppLocale, string> = {
  fr: "fr-FR",
  en: "en-GB",
};

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

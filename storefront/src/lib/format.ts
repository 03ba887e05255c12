/** The shop is French: amounts and dates default to French conventions and Paris time. */
export const DEFAULT_FORMAT_LOCALE = "fr-FR";
export const SHOP_TIME_ZONE = "Europe/Paris";

/**
 * Formats an amount in major units (Medusa v2 stores 12.5 for 12,50 €) as a price,
 * e.g. `formatPrice(12.5, "eur")` → "12,50 €".
 * An unknown currency code falls back to the number followed by the code.
 */
export function formatPrice(
  amount: number,
  currencyCode: string,
  locale: string = DEFAULT_FORMAT_LOCALE,
): string {
  const currency = currencyCode.toUpperCase();
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
  } catch {
    const number = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(amount);
    return `${number} ${currency}`;
  }
}

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid date: ${String(value)}`);
  }
  return date;
}

/** A calendar date in the shop's time zone, e.g. "23 novembre 2026". */
export function formatDate(value: DateInput, locale: string = DEFAULT_FORMAT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  }).format(toDate(value));
}

/** A date and time in the shop's time zone, e.g. "23 novembre 2026 à 15:04". */
export function formatDateTime(value: DateInput, locale: string = DEFAULT_FORMAT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: SHOP_TIME_ZONE,
  }).format(toDate(value));
}

/**
 * Bounds shared by the event contract and the normalised columns, so that a value the storefront
 * may send is never longer than the column that stores it.
 */
export const TEXT_LIMITS = Object.freeze({
  /** Full URLs and referrers. */
  url: 2048,
  /** Host names (RFC 1035 caps a name at 253 characters). */
  host: 253,
  /** Names and titles shown to people: products, lists, events, browsers. */
  name: 200,
  /** Identifiers: Medusa ids, session ids, distinct ids. */
  id: 200,
  /** UTM values and promo codes. */
  campaign: 200,
  /** Advertising click ids (gclid values run to ~100 characters). */
  clickId: 500,
  /** Short labels such as a language tag or a time zone name. */
  label: 100,
  /** Raw user agents (posthog-js truncates $raw_user_agent at 1000). */
  userAgent: 1000,
})

/** Trims and cuts a string to `max` characters; empty results become null. */
export function clip(value: string, max: number): string | null {
  const trimmed = value.length > max * 2 ? value.slice(0, max * 2).trim() : value.trim()
  if (trimmed.length === 0) return null
  return trimmed.length > max ? trimmed.slice(0, max) : trimmed
}

/** Reads a string (or a finite number, as posthog-js sometimes sends ids) and clips it. */
export function readText(value: unknown, max: number): string | null {
  if (typeof value === 'string') return clip(value, max)
  if (typeof value === 'number' && Number.isFinite(value)) return clip(String(value), max)
  return null
}

/** Same as readText, lower-cased: for values compared case-insensitively (UTM, domains). */
export function readLowerText(value: unknown, max: number): string | null {
  const text = readText(value, max)
  return text === null ? null : text.toLowerCase()
}

/** Reads a non-negative integer no larger than `max` (pixel sizes, counts). */
export function readCount(value: unknown, max: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) return null
  return Math.round(value)
}

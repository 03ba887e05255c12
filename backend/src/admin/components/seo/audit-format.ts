// French formats of the audit page (dates, durations, sizes).

const LOCALE = "fr-FR"
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeStyle: "short" })
const shortDate = new Intl.DateTimeFormat(LOCALE, { day: "2-digit", month: "2-digit" })
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 })

export const formatDateTime = (iso: string | null): string => (iso ? dateTime.format(new Date(iso)) : "—")
export const formatShortDate = (iso: string): string => shortDate.format(new Date(iso))
export const formatMs = (ms: number | null | undefined): string => (ms == null ? "—" : `${integer.format(ms)} ms`)

/** 512 → "512 o", 48 213 → "47,1 Ko", 2 500 000 → "2,4 Mo" (French units). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return "—"
  if (bytes < 1024) return `${integer.format(bytes)} o`
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} Ko`
  return `${oneDecimal.format(bytes / (1024 * 1024))} Mo`
}

/** How long the audit took: "42 s", "3 min 05 s". */
export function formatElapsed(from: string | null, to: string | null): string {
  if (!from || !to) return "—"
  const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000))
  if (seconds < 60) return `${seconds} s`
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`
}

/** "https://boutique.fr/produits/theiere" → "/produits/theiere": the pages share one host. */
export function pagePath(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}` || "/"
  } catch {
    return url
  }
}

/**
 * The periods a student can pick. Days are cut in the browser's time zone (a French school's
 * clock), and every period is half-open [from, to) like the reports' `ReportPeriod`, so
 * "30 jours" means the 29 full days before today plus today.
 */
export type PeriodPreset = "last7" | "last30" | "last90" | "thisMonth" | "lastMonth" | "custom"

export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  "last7",
  "last30",
  "last90",
  "thisMonth",
  "lastMonth",
  "custom",
]

export const DEFAULT_PRESET: PeriodPreset = "last30"

export interface DateRange {
  from: Date
  to: Date
}

const DAY_MS = 86_400_000

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate())
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days)
}

function lastDays(days: number, now: Date): DateRange {
  const tomorrow = addDays(startOfDay(now), 1)
  return { from: addDays(tomorrow, -days), to: tomorrow }
}

/** `YYYY-MM-DD` (an `<input type="date">` value) → local midnight; null when not a real date. */
export function parseDay(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "")
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const date = new Date(year, month, day)
  // Rejects 2026-02-31, which Date would silently roll over to March.
  return date.getMonth() === month && date.getDate() === day ? date : null
}

/** Local date → `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The date range of a preset. A custom range takes its first and last days inclusive (what
 * the date inputs show) and falls back to 30 days when they are missing or reversed.
 */
export function presetRange(
  preset: PeriodPreset,
  now: Date,
  custom?: { from: string | null; to: string | null },
): DateRange {
  switch (preset) {
    case "last7":
      return lastDays(7, now)
    case "last30":
      return lastDays(30, now)
    case "last90":
      return lastDays(90, now)
    case "thisMonth":
      return { from: new Date(now.getFullYear(), now.getMonth(), 1), to: addDays(startOfDay(now), 1) }
    case "lastMonth":
      return {
        from: new Date(now.getFullYear(), now.getMonth() - 1, 1),
        to: new Date(now.getFullYear(), now.getMonth(), 1),
      }
    case "custom": {
      const from = parseDay(custom?.from)
      const lastDay = parseDay(custom?.to)
      if (!from || !lastDay || lastDay < from) return lastDays(30, now)
      return { from, to: addDays(lastDay, 1) }
    }
  }
}

/** The last day inside a half-open range (what a person calls "the end date"). */
export function lastDayOf(range: DateRange): Date {
  return addDays(range.to, -1)
}

/** Length of a range in days, rounded (a daylight-saving day has 23 or 25 hours). */
export function rangeDays(range: DateRange): number {
  return Math.round((range.to.getTime() - range.from.getTime()) / DAY_MS)
}

/** The period of the same length just before: what "comparer à la période précédente" shows. */
export function previousRange(range: DateRange): DateRange {
  return { from: addDays(range.from, -rangeDays(range)), to: range.from }
}

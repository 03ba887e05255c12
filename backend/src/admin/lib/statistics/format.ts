import type { Granularity, IndicatorDefinition } from "@comptoir/analytics"
import { messages } from "./messages"

// Every number, percentage, price and date of the Statistiques pages goes through here, in
// French conventions (narrow no-break spaces, comma decimals, "12,5 %", "1 234,50 €").

const LOCALE = "fr-FR"
const MISSING = "—"

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 })
const signedPercent = new Intl.NumberFormat(LOCALE, {
  style: "percent",
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
})
const currencies = new Map<string, Intl.NumberFormat>()

export function formatCount(value: number | null): string {
  if (value === null) return MISSING
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value)
}

/** Rates are ratios (0.25 = 25 %), as the reports return them. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? MISSING : percent.format(ratio)
}

/** A relative change as a ratio, with its sign: "+12,5 %", "−3 %". */
export function formatChange(ratio: number | null): string {
  return ratio === null ? MISSING : signedPercent.format(ratio)
}

/** Amounts in the currency's main unit (euros), as Medusa v2 stores them. */
export function formatCurrency(amount: number | null, currency = "eur"): string {
  if (amount === null) return MISSING
  const code = currency.toUpperCase()
  let format = currencies.get(code)
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { style: "currency", currency: code })
    currencies.set(code, format)
  }
  return format.format(amount)
}

/** Seconds → "45 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return MISSING
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = total % 60
  const pad = (n: number) => String(n).padStart(2, "0")
  if (hours > 0) return `${hours} h ${pad(minutes)} min`
  if (minutes > 0) return `${minutes} min ${pad(rest)} s`
  return `${rest} s`
}

export function formatIndicatorValue(
  unit: IndicatorDefinition["unit"],
  value: number | null,
  currency?: string,
): string {
  switch (unit) {
    case "percent":
      return formatPercent(value)
    case "currency":
      return formatCurrency(value, currency)
    case "duration":
      return formatDuration(value)
    case "count":
      return formatCount(value)
  }
}

const dayFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short" })
const hourFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })
const longDayFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric" })

/** The label of a time-series bucket (the API gives the ISO date-time it starts at). */
export function formatBucket(bucket: string, granularity: Granularity): string {
  const date = new Date(bucket)
  if (Number.isNaN(date.getTime())) return bucket
  if (granularity === "hour") return hourFormat.format(date)
  if (granularity === "week") return messages.period.weekOf(dayFormat.format(date))
  return dayFormat.format(date)
}

/** "du 31 octobre 2026 au 29 novembre 2026"; `lastDay` is the period's last day, included. */
export function formatDayRange(firstDay: Date, lastDay: Date): string {
  return messages.period.dayRange(longDayFormat.format(firstDay), longDayFormat.format(lastDay))
}

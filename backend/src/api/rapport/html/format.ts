import type { IndicatorDefinition } from "@comptoir/analytics"

// French formatting of the public report page (the admin's pages have their own, in the browser).

const LOCALE = "fr-FR"
const MISSING = "—"
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 })
const signed = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" })
const day = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" })
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" })

export function formatValue(unit: IndicatorDefinition["unit"], value: number | null, currency = "eur"): string {
  if (value === null) return MISSING
  switch (unit) {
    case "percent":
      return percent.format(value)
    case "currency":
      return new Intl.NumberFormat(LOCALE, { style: "currency", currency: currency.toUpperCase() }).format(value)
    case "duration": {
      const minutes = Math.floor(value / 60)
      const seconds = String(Math.round(value % 60)).padStart(2, "0")
      return minutes > 0 ? `${minutes} min ${seconds} s` : `${Math.round(value)} s`
    }
    case "count":
      return Number.isInteger(value) ? integer.format(value) : decimal.format(value)
  }
}

export const formatChange = (value: number | null): string => (value === null ? MISSING : signed.format(value))

/** The last day of a half-open period is the day before its end. */
export function formatPeriod(period: { from: string; to: string }): string {
  const last = new Date(Date.parse(period.to) - 1)
  return `du ${day.format(new Date(period.from))} au ${day.format(last)}`
}

export const formatDay = (iso: string): string => day.format(new Date(iso))
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso))

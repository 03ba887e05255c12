import type { Granularity } from "@comptoir/analytics"
import { DEFAULT_PRESET, PERIOD_PRESETS, type DateRange, type PeriodPreset, presetRange, rangeDays } from "./period"

/** What the period picker chooses; it lives in the page's URL so every report page shares it. */
export interface StatisticsFilter {
  preset: PeriodPreset
  /** First and last day of a custom period, `YYYY-MM-DD`; ignored by the other presets. */
  customFrom: string | null
  customTo: string | null
  compare: boolean
  includeSimulated: boolean
  /** Null: chosen from the length of the period (see autoGranularity). */
  granularity: Granularity | null
}

const GRANULARITY_VALUES: readonly Granularity[] = ["hour", "day", "week"]

/** URL search parameter names (English, like the API's). */
const PARAM = {
  preset: "period",
  from: "from",
  to: "to",
  compare: "compare",
  simulated: "simulated",
  granularity: "granularity",
} as const

/**
 * Defaults: 30 days compared with the 30 before. Simulated traffic is counted, because a class
 * shop's traffic is mostly the market simulator's; a student unticks it to see real visitors only.
 */
export const DEFAULT_FILTER: StatisticsFilter = {
  preset: DEFAULT_PRESET,
  customFrom: null,
  customTo: null,
  compare: true,
  includeSimulated: true,
  granularity: null,
}

function isPreset(value: string | null): value is PeriodPreset {
  return PERIOD_PRESETS.includes(value as PeriodPreset)
}

function isGranularity(value: string | null): value is Granularity {
  return GRANULARITY_VALUES.includes(value as Granularity)
}

function readFlag(value: string | null, fallback: boolean): boolean {
  if (value === "1") return true
  if (value === "0") return false
  return fallback
}

/** Reads the filter from the URL; anything unknown falls back to the default. */
export function filterFromSearch(params: URLSearchParams): StatisticsFilter {
  const preset = params.get(PARAM.preset)
  const granularity = params.get(PARAM.granularity)
  return {
    preset: isPreset(preset) ? preset : DEFAULT_FILTER.preset,
    customFrom: params.get(PARAM.from),
    customTo: params.get(PARAM.to),
    compare: readFlag(params.get(PARAM.compare), DEFAULT_FILTER.compare),
    includeSimulated: readFlag(params.get(PARAM.simulated), DEFAULT_FILTER.includeSimulated),
    granularity: isGranularity(granularity) ? granularity : null,
  }
}

/** Writes only what differs from the default, so links stay short. */
export function filterToSearch(filter: StatisticsFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.preset !== DEFAULT_FILTER.preset) params.set(PARAM.preset, filter.preset)
  if (filter.preset === "custom") {
    if (filter.customFrom) params.set(PARAM.from, filter.customFrom)
    if (filter.customTo) params.set(PARAM.to, filter.customTo)
  }
  if (filter.compare !== DEFAULT_FILTER.compare) params.set(PARAM.compare, filter.compare ? "1" : "0")
  if (filter.includeSimulated !== DEFAULT_FILTER.includeSimulated) {
    params.set(PARAM.simulated, filter.includeSimulated ? "1" : "0")
  }
  if (filter.granularity) params.set(PARAM.granularity, filter.granularity)
  return params
}

/** The API cuts hours over 31 days at most (beyond, a chart has too many points to read). */
export const MAX_HOURLY_DAYS = 31

/** Hours for a day or two, weeks past three months, days otherwise: a readable number of points. */
export function autoGranularity(range: DateRange): Granularity {
  const days = rangeDays(range)
  if (days <= 2) return "hour"
  if (days > 92) return "week"
  return "day"
}

/** Whether a bucket size can be asked for this period. */
export function allowsGranularity(range: DateRange, granularity: Granularity): boolean {
  return granularity !== "hour" || rangeDays(range) <= MAX_HOURLY_DAYS
}

export interface ResolvedFilter {
  range: DateRange
  compare: boolean
  includeSimulated: boolean
  granularity: Granularity
}

/** The concrete dates and bucket size the API is asked for. */
export function resolveFilter(filter: StatisticsFilter, now: Date): ResolvedFilter {
  const range = presetRange(filter.preset, now, { from: filter.customFrom, to: filter.customTo })
  return {
    range,
    compare: filter.compare,
    includeSimulated: filter.includeSimulated,
    // Hours chosen for a short period, then a longer period picked: back to the automatic choice.
    granularity:
      filter.granularity && allowsGranularity(range, filter.granularity) ? filter.granularity : autoGranularity(range),
  }
}

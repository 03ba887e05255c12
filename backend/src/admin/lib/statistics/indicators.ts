import { type IndicatorDefinition, REPORT_INDICATORS, type ReportIndicatorId } from "@comptoir/analytics"

// The definitions come from the analytics package, so the help beside a number is the very
// rule its SQL follows. (The admin bundle takes them from the package's ES sources: see the
// `admin.vite` alias in src/config/medusa.ts.)

export function indicator(id: ReportIndicatorId): IndicatorDefinition {
  return REPORT_INDICATORS[id]
}

/**
 * Indicators where a rise is bad news: their change is shown in red when it goes up. (Most
 * figures — visits, orders, revenue — are better higher.)
 */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set([
  "bounce_rate",
  "entry_bounce_rate",
  "drop_off",
  "cart_abandonment_rate",
  "zero_result_searches",
])

export function isLowerBetter(id: string): boolean {
  return LOWER_IS_BETTER.has(id)
}

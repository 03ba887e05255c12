import { formatDayRange } from "../statistics/format"

/** "du 1 novembre 2026 au 30 novembre 2026" for a half-open ISO period (its last day is the day before `to`). */
export function periodText(period: { from: string; to: string }): string {
  return formatDayRange(new Date(period.from), new Date(Date.parse(period.to) - 1))
}

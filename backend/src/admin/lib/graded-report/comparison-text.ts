import type { ProportionDifference } from "@comptoir/analytics"
import { comparisonMessages } from "./messages"

// The comparison page says in one sentence what part of a conversion difference chance could
// explain: the 95 % interval, and whether it contains 0.

const points = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: "exceptZero" })

/** A difference of ratios in percentage points: 0.0412 → "+4,1". */
export function formatPoints(ratio: number): string {
  return points.format(ratio * 100).replace("-", "−")
}

export function differenceSentence(label: string, other: string, difference: ProportionDifference): string {
  if (difference.difference === null || difference.interval === null) return comparisonMessages.noDifference(label, other)
  return comparisonMessages.conversionSentence(
    label,
    other,
    formatPoints(difference.difference),
    formatPoints(difference.interval.low),
    formatPoints(difference.interval.high),
    difference.compatibleWithChance === true,
  )
}

export function liftSentence(label: string, difference: ProportionDifference): string | null {
  if (difference.difference === null || difference.interval === null) return null
  return comparisonMessages.liftSentence(
    label,
    formatPoints(difference.difference),
    formatPoints(difference.interval.low),
    formatPoints(difference.interval.high),
    difference.compatibleWithChance === true,
  )
}

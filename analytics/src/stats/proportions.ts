// Is a difference between two conversion rates the promotion's doing, or chance? A confidence
// interval on the difference answers in a way a class can read: when it contains 0, the data
// cannot tell the two apart. Pure functions, no dependency: they run in the admin too.

/** z such that 95 % of a normal distribution lies within ±z (the 97.5th percentile). */
export const Z_95 = 1.959963984540054

/** A count of successes (converted visits) out of trials (visits). */
export interface Proportion {
  successes: number
  trials: number
}

export interface Interval {
  low: number
  high: number
}

export type DifferenceMethod = 'newcombe' | 'wald'

export interface ProportionDifference {
  /** First rate − second rate, as a ratio (0.05 = 5 points); null when a side has no trial. */
  difference: number | null
  /** 95 % confidence interval of the difference; null when a side has no trial. */
  interval: Interval | null
  method: DifferenceMethod
  /** 0.95: the level the interval is built at. */
  confidence: number
  /** The interval contains 0: the difference may be chance alone. Null without an interval. */
  compatibleWithChance: boolean | null
}

function check({ successes, trials }: Proportion): void {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials < 0 || successes < 0 || successes > trials) {
    throw new RangeError(`not a proportion: ${successes} out of ${trials}`)
  }
}

/**
 * Wilson's score interval of one proportion: unlike p ± z·√(p(1−p)/n), it stays within [0, 1]
 * and does not collapse to a point at 0 % or 100 %, which small class samples often hit.
 */
export function wilsonInterval(proportion: Proportion, z = Z_95): Interval | null {
  check(proportion)
  const { successes, trials: n } = proportion
  if (n === 0) return null
  const p = successes / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denominator
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/**
 * Difference of two proportions with its 95 % interval. `newcombe` (the default) is Newcombe's
 * hybrid score interval (1998, method 10), built from each side's Wilson interval: reliable
 * with a few dozen visits. `wald` is the textbook d ± z·√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂), kept
 * because it is the one students can redo by hand.
 */
export function proportionDifference(
  first: Proportion,
  second: Proportion,
  method: DifferenceMethod = 'newcombe',
  z = Z_95,
): ProportionDifference {
  check(first)
  check(second)
  const empty: ProportionDifference = { difference: null, interval: null, method, confidence: 0.95, compatibleWithChance: null }
  if (first.trials === 0 || second.trials === 0) return empty
  const p1 = first.successes / first.trials
  const p2 = second.successes / second.trials
  const difference = p1 - p2
  let interval: Interval
  if (method === 'wald') {
    const se = Math.sqrt((p1 * (1 - p1)) / first.trials + (p2 * (1 - p2)) / second.trials)
    interval = { low: difference - z * se, high: difference + z * se }
  } else {
    const w1 = wilsonInterval(first, z) as Interval
    const w2 = wilsonInterval(second, z) as Interval
    interval = {
      low: difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
      high: difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
    }
  }
  return { difference, interval, method, confidence: 0.95, compatibleWithChance: interval.low <= 0 && interval.high >= 0 }
}

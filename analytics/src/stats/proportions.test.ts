import { describe, expect, it } from 'vitest'
import { proportionDifference, wilsonInterval } from './proportions'

// Reference values: Newcombe, "Interval estimation for the difference between independent
// proportions", Statistics in Medicine 17 (1998), tables I and II; and the Wald interval redone
// by hand below.

describe('Wilson interval', () => {
  it('matches Newcombe’s worked examples', () => {
    const interval = wilsonInterval({ successes: 81, trials: 263 })!
    expect(interval.low).toBeCloseTo(0.2553, 4)
    expect(interval.high).toBeCloseTo(0.3662, 4)
    // 0 out of 10: not the point [0, 0] of the textbook formula.
    const none = wilsonInterval({ successes: 0, trials: 10 })!
    expect(none.low).toBe(0)
    expect(none.high).toBeCloseTo(0.2775, 4)
  })

  it('has no interval without trials and refuses impossible counts', () => {
    expect(wilsonInterval({ successes: 0, trials: 0 })).toBeNull()
    expect(() => wilsonInterval({ successes: 3, trials: 2 })).toThrow(RangeError)
    expect(() => wilsonInterval({ successes: 1.5, trials: 2 })).toThrow(RangeError)
  })
})

describe('difference of two proportions', () => {
  it('Newcombe hybrid score: 56/70 − 48/80 = 0.2, 95 % CI [0.0524 ; 0.3339]', () => {
    const result = proportionDifference({ successes: 56, trials: 70 }, { successes: 48, trials: 80 })
    expect(result.difference).toBeCloseTo(0.2, 10)
    expect(result.interval!.low).toBeCloseTo(0.0524, 4)
    expect(result.interval!.high).toBeCloseTo(0.3339, 4)
    expect(result.compatibleWithChance).toBe(false)
  })

  it('Wald by hand: se = √(0.8·0.2/70 + 0.6·0.4/80) = 0.07270, 0.2 ± 1.96 × se = [0.0575 ; 0.3425]', () => {
    const result = proportionDifference({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }, 'wald')
    expect(result.interval!.low).toBeCloseTo(0.0575, 4)
    expect(result.interval!.high).toBeCloseTo(0.3425, 4)
  })

  it('says when the difference may be chance (the interval contains 0)', () => {
    // 5 of 50 against 3 of 50: 4 points apart, well within what chance gives.
    const result = proportionDifference({ successes: 5, trials: 50 }, { successes: 3, trials: 50 })
    expect(result.difference).toBeCloseTo(0.04, 10)
    expect(result.interval!.low).toBeLessThan(0)
    expect(result.interval!.high).toBeGreaterThan(0)
    expect(result.compatibleWithChance).toBe(true)
  })

  it('has no difference when a side has no visit', () => {
    expect(proportionDifference({ successes: 0, trials: 0 }, { successes: 1, trials: 2 })).toMatchObject({
      difference: null,
      interval: null,
      compatibleWithChance: null,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { comparisonCsv } from './comparison-csv'
import { MAX_RUN_DAYS, periodBefore, runOf } from './compare-promotions'
import type { PromotionComparison, PromotionComparisonRow, ShopWindow } from './comparison-types'
import { proportionDifference } from '../stats/proportions'

const window = (from: string, to: string, sessions: number, converted: number, revenue: number): ShopWindow => ({
  period: { from, to }, sessions, visitors: sessions, converted_sessions: converted,
  conversion_rate: converted / sessions, orders: converted, revenue, revenue_per_visitor: revenue / sessions,
})

function row(id: string, label: string, exposed: number, converted: number): PromotionComparisonRow {
  const during = window('2026-11-10T00:00:00.000Z', '2026-11-17T00:00:00.000Z', 100, 10, 500)
  const before = window('2026-11-03T00:00:00.000Z', '2026-11-10T00:00:00.000Z', 100, 5, 250)
  return {
    item: { kind: 'promotion', id, label, automatic: false, campaign_id: null, campaign_name: null, run: during.period, ongoing: false },
    uses: converted, orders: converted, revenue: 120.5, discount: 12.05, average_basket: 60.25,
    exposed_sessions: exposed, converted_sessions: converted, conversion_rate: converted / exposed, revenue_per_visitor: 5,
    budget_type: null, budget_limit: null, budget_used: null, budget_consumed: null,
    during, before,
    lift: { orders: 1, revenue: 1, revenue_per_visitor: 1, conversion: proportionDifference({ successes: 10, trials: 100 }, { successes: 5, trials: 100 }) },
  }
}

describe('promotion comparison', () => {
  it('compares with the same length of time just before the run', () => {
    expect(periodBefore({ from: '2026-11-10T00:00:00.000Z', to: '2026-11-17T00:00:00.000Z' })).toEqual({
      from: '2026-11-03T00:00:00.000Z',
      to: '2026-11-10T00:00:00.000Z',
    })
  })

  it('runs over the campaign’s dates, or from its creation until now, at most MAX_RUN_DAYS', () => {
    const now = new Date('2026-11-20T12:00:00.000Z')
    const created_at = new Date('2026-11-01T00:00:00.000Z')
    expect(runOf({ created_at, starts_at: '2026-11-05T00:00:00Z', ends_at: '2026-11-12T00:00:00Z' }, now)).toEqual({
      run: { from: '2026-11-05T00:00:00.000Z', to: '2026-11-12T00:00:00.000Z' }, ongoing: false,
    })
    expect(runOf({ created_at, starts_at: null, ends_at: '2026-12-31T00:00:00Z' }, now)).toEqual({
      run: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-20T12:00:00.000Z' }, ongoing: true,
    })
    const long = runOf({ created_at: new Date('2020-01-01T00:00:00Z'), starts_at: null, ends_at: null }, now)
    expect((Date.parse(long.run.to) - Date.parse(long.run.from)) / 86_400_000).toBe(MAX_RUN_DAYS)
  })

  it('exports the rows, the differences with their intervals and the definitions', () => {
    const comparison: PromotionComparison = {
      includeSimulated: true, currency: 'eur', generatedAt: '2026-11-20T00:00:00.000Z',
      rows: [row('a', 'RENTREE10', 4, 1), row('b', 'NOEL20', 2, 2)],
      differences: [{ reference_id: 'a', other_id: 'b', difference: proportionDifference({ successes: 1, trials: 4 }, { successes: 2, trials: 2 }) }],
    }
    const csv = comparisonCsv(comparison)
    expect(csv).toContain('RENTREE10;Promotion;2026-11-10 → 2026-11-17;1;1;120,5;12,05;60,25;4;25 %;5;;100 %;100 %;5 %;')
    expect(csv).toMatch(/RENTREE10 − NOEL20;-75 %;-?\d+,?\d* %;\d+,?\d* %;oui/)
    expect(csv).toContain('Conversion des visites exposées')
  })
})

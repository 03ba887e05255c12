import type { IndicatorDefinition } from '../indicators/types'
import { COMPARISON_INDICATORS } from './comparison-indicators'
import type { PromotionComparison } from './comparison-types'
import { toCsv, type CsvColumn } from './csv'
import { REPORT_INDICATORS } from './indicators'

// "Comparer des promotions" as a French spreadsheet: one row per promotion, then the conversion
// differences with their intervals, then the definitions.

const indicatorColumn = (key: string, definition: IndicatorDefinition): CsvColumn => ({
  key,
  label: definition.label_fr,
  format: definition.unit,
})
const textColumn = (key: string, label: string): CsvColumn => ({ key, label, format: 'text' })

const day = (iso: string): string => iso.slice(0, 10)

export function comparisonCsv(comparison: PromotionComparison): string {
  const r = REPORT_INDICATORS
  const c = COMPARISON_INDICATORS
  const rows = comparison.rows.map((row) => ({
    label: row.item.label,
    kind: row.item.kind === 'campaign' ? 'Campagne' : 'Promotion',
    run: `${day(row.item.run.from)} → ${day(row.item.run.to)}`,
    uses: row.uses,
    orders: row.orders,
    revenue: row.revenue,
    discount: row.discount,
    average_basket: row.average_basket,
    exposed_sessions: row.exposed_sessions,
    conversion_rate: row.conversion_rate,
    revenue_per_visitor: row.revenue_per_visitor,
    budget_consumed: row.budget_consumed,
    lift_orders: row.lift.orders,
    lift_revenue: row.lift.revenue,
    lift_conversion: row.lift.conversion.difference,
    lift_low: row.lift.conversion.interval?.low ?? null,
    lift_high: row.lift.conversion.interval?.high ?? null,
  }))
  const labelOf = new Map(comparison.rows.map((row) => [row.item.id, row.item.label]))
  const differences = comparison.differences.map((entry) => ({
    pair: `${labelOf.get(entry.reference_id) ?? entry.reference_id} − ${labelOf.get(entry.other_id) ?? entry.other_id}`,
    difference: entry.difference.difference,
    low: entry.difference.interval?.low ?? null,
    high: entry.difference.interval?.high ?? null,
    chance: entry.difference.compatibleWithChance === null ? '' : entry.difference.compatibleWithChance ? 'oui' : 'non',
  }))
  return toCsv(
    [
      {
        title: 'Comparaison des promotions',
        columns: [
          textColumn('label', 'Promotion ou campagne'), textColumn('kind', 'Type'), textColumn('run', c.run_period.label_fr),
          indicatorColumn('uses', r.promotion_uses), indicatorColumn('orders', r.promotion_orders),
          indicatorColumn('revenue', r.promotion_revenue), indicatorColumn('discount', r.discount),
          indicatorColumn('average_basket', r.average_basket), indicatorColumn('exposed_sessions', c.exposed_sessions),
          indicatorColumn('conversion_rate', c.exposed_conversion_rate), indicatorColumn('revenue_per_visitor', c.revenue_per_visitor),
          indicatorColumn('budget_consumed', r.budget_consumed), indicatorColumn('lift_orders', c.lift_orders),
          indicatorColumn('lift_revenue', c.lift_revenue), indicatorColumn('lift_conversion', c.lift_conversion),
          { key: 'lift_low', label: 'IC 95 % bas', format: 'percent' }, { key: 'lift_high', label: 'IC 95 % haut', format: 'percent' },
        ],
        rows,
      },
      {
        title: 'Écarts de conversion avec la référence (première ligne)',
        columns: [
          textColumn('pair', 'Comparaison'), indicatorColumn('difference', c.conversion_difference),
          { key: 'low', label: 'IC 95 % bas', format: 'percent' }, { key: 'high', label: 'IC 95 % haut', format: 'percent' },
          textColumn('chance', 'Peut être dû au hasard'),
        ],
        rows: differences,
      },
    ],
    [r.promotion_uses, r.promotion_orders, r.promotion_revenue, r.discount, r.average_basket, r.budget_consumed, ...Object.values(c)],
  )
}

import type { IndicatorDefinition } from '../indicators/types'
import { getAcquisition } from './acquisition'
import { getConversion } from './conversion'
import type { GradedReport, GradedReportContext, KeyIndicator } from './graded-report-types'
import { REPORT_INDICATORS, type ReportIndicatorId } from './indicators'
import { getOverview } from './overview'
import { getPromotions } from './promotions'
import { getSeoTraffic } from './seo'
import type { MetricValue, QueryFn, ReportFilter } from './types'

// The graded report runs the dashboard's own report functions with the same filter, so its
// numbers are the Statistiques pages' numbers; it adds nothing but the selection and the context.

function keyIndicator(id: ReportIndicatorId, metric: MetricValue | undefined): KeyIndicator[] {
  if (!metric) return []
  const definition: IndicatorDefinition = REPORT_INDICATORS[id]
  return [{ id, value: metric.value, previous: metric.previous, change: metric.change, definition }]
}

export async function getGradedReport(query: QueryFn, filter: ReportFilter, context: GradedReportContext): Promise<GradedReport> {
  const history = [...(context.auditHistory ?? [])].sort((a, b) => a.at.localeCompare(b.at))
  const latestScore = history.length > 0 ? (history[history.length - 1]?.score ?? null) : null
  // One after the other: the reports share the rollup refresh, and the database has few cores.
  const overview = await getOverview(query, filter)
  const acquisition = await getAcquisition(query, filter)
  const conversion = await getConversion(query, filter)
  const promotions = await getPromotions(query, filter)
  const referencement = await getSeoTraffic(query, filter, { auditScore: latestScore })
  const indicators: KeyIndicator[] = [
    ...overview.metrics.flatMap((entry) => keyIndicator(entry.id, entry)),
    ...keyIndicator('cart_abandonment_rate', conversion.cart_abandonment_rate),
    ...keyIndicator('orders_with_promotion', promotions.orders_with_promotion),
    ...keyIndicator('discount_total', promotions.discount_total),
    ...keyIndicator('organic_share', referencement.organic_share),
  ]
  return {
    kind: 'graded_report',
    shop: context.shop,
    period: filter.period,
    comparison: filter.comparison,
    includeSimulated: filter.includeSimulated,
    generatedAt: new Date().toISOString(),
    indicators,
    overview,
    acquisition,
    conversion,
    promotions,
    referencement,
    seo_audit: { latest_score: latestScore, history },
    activity: { available: context.activity !== null && context.activity !== undefined, people: context.activity ?? [] },
  }
}

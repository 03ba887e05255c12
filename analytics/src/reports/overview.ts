import {
  BUCKETS_CTE, ORDERS_CTE, SESSION_ORDERS_CTE, bucketOf, change, compacting, isoBucket, money, num, periodParams, ratio,
  sessionsCte, withCtes, type Row,
} from './sql'
import { refreshRollups } from './rollup'
import type { OverviewMetric, OverviewMetricId, OverviewReport, QueryFn, ReportFilter, ReportPeriod, TrendPoint } from './types'

// Vue d'ensemble: the nine headline numbers, each over the period, over the comparison period,
// and per bucket (the small trend chart). Visits are bucketed by when they started, orders by
// when they were placed.

// Distinct visitors are counted by first reducing to distinct (bucket, visitor) pairs: a hash
// aggregate, where count(DISTINCT) in a grouping set sorts every visit (and spills to disk).
export const VISITS_SQL = `${withCtes(BUCKETS_CTE, sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)},
per_session AS MATERIALIZED (
  SELECT s.distinct_id, s.pageviews, s.interactions, extract(epoch FROM s.ended_at - s.started_at) AS duration,
    ${bucketOf('s.started_at')} AS bucket, so.session_id IS NOT NULL AS converted
  FROM sessions s LEFT JOIN session_orders so USING (session_id)
),
per_bucket AS (
  SELECT bucket, count(*) AS sessions, sum(pageviews) AS pageviews,
    count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces,
    sum(duration) AS duration, count(*) FILTER (WHERE converted) AS converted
  FROM per_session GROUP BY bucket
),
bucket_visitors AS (
  SELECT bucket, count(*) AS visitors FROM (SELECT DISTINCT bucket, distinct_id FROM per_session) v GROUP BY bucket
)
SELECT b.bucket, COALESCE(p.sessions, 0) AS sessions, COALESCE(v.visitors, 0) AS visitors,
  COALESCE(p.pageviews, 0) AS pageviews, COALESCE(p.bounces, 0) AS bounces, COALESCE(p.duration, 0) AS duration,
  COALESCE(p.converted, 0) AS converted
FROM buckets b LEFT JOIN per_bucket p USING (bucket) LEFT JOIN bucket_visitors v USING (bucket)
UNION ALL
SELECT NULL, count(*), (SELECT count(*) FROM (SELECT DISTINCT distinct_id FROM per_session) d),
  COALESCE(sum(pageviews), 0), count(*) FILTER (WHERE pageviews = 1 AND interactions = 0), COALESCE(sum(duration), 0),
  count(*) FILTER (WHERE converted)
FROM per_session
ORDER BY 1 NULLS FIRST`

/** The comparison period needs no trend: its totals only. */
const VISIT_TOTALS_SQL = `${withCtes(sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)}
SELECT NULL AS bucket, count(*) AS sessions, count(DISTINCT s.distinct_id) AS visitors,
  COALESCE(sum(s.pageviews), 0) AS pageviews, count(*) FILTER (WHERE s.pageviews = 1 AND s.interactions = 0) AS bounces,
  COALESCE(sum(extract(epoch FROM s.ended_at - s.started_at)), 0) AS duration,
  count(*) FILTER (WHERE so.session_id IS NOT NULL) AS converted
FROM sessions s LEFT JOIN session_orders so USING (session_id)`

const ORDER_TOTALS_SQL = `${withCtes(ORDERS_CTE)}
SELECT NULL AS bucket, count(*) AS orders, COALESCE(sum(total), 0) AS revenue, min(currency_code) AS currency FROM period_orders`

export const ORDERS_SQL = `${withCtes(BUCKETS_CTE, ORDERS_CTE)}
SELECT b.bucket, count(o.id) AS orders, COALESCE(sum(o.total), 0) AS revenue, min(o.currency_code) AS currency
FROM buckets b LEFT JOIN period_orders o ON ${bucketOf('o.created_at')} = b.bucket
GROUP BY GROUPING SETS ((b.bucket), ())
ORDER BY b.bucket NULLS FIRST`

interface Figures {
  values: Record<OverviewMetricId, number | null>
  trend: Record<OverviewMetricId, TrendPoint[]>
  currency: string | null
}

const METRIC_IDS: readonly OverviewMetricId[] = [
  'visitors', 'sessions', 'pageviews', 'bounce_rate', 'avg_session_duration',
  'orders', 'revenue', 'conversion_rate', 'average_basket',
]

function metricsOf(visits: Row, orders: Row): Record<OverviewMetricId, number | null> {
  const sessions = num(visits.sessions)
  const orderCount = num(orders.orders)
  const revenue = money(orders.revenue)
  return {
    visitors: num(visits.visitors),
    sessions,
    pageviews: num(visits.pageviews),
    bounce_rate: ratio(num(visits.bounces), sessions),
    avg_session_duration: sessions > 0 ? Math.round(num(visits.duration) / sessions) : null,
    orders: orderCount,
    revenue,
    conversion_rate: ratio(num(visits.converted), sessions),
    average_basket: orderCount > 0 ? money(revenue / orderCount) : null,
  }
}

async function figures(query: QueryFn, filter: ReportFilter, period: ReportPeriod, withTrend: boolean): Promise<Figures> {
  const params = periodParams(filter, period)
  const visitRows = await query(withTrend ? VISITS_SQL : VISIT_TOTALS_SQL, params)
  const orderRows = await query(withTrend ? ORDERS_SQL : ORDER_TOTALS_SQL, params)
  const visitTotal = visitRows.find((row) => row.bucket === null) ?? {}
  const orderTotal = orderRows.find((row) => row.bucket === null) ?? {}
  const orderByBucket = new Map(orderRows.filter((row) => row.bucket !== null).map((row) => [isoBucket(row.bucket), row]))
  const trend = Object.fromEntries(METRIC_IDS.map((id) => [id, [] as TrendPoint[]])) as Record<OverviewMetricId, TrendPoint[]>
  for (const visits of visitRows) {
    if (visits.bucket === null) continue
    const bucket = isoBucket(visits.bucket)
    const values = metricsOf(visits, orderByBucket.get(bucket) ?? {})
    for (const id of METRIC_IDS) trend[id].push({ bucket, value: values[id] })
  }
  return { values: metricsOf(visitTotal, orderTotal), trend, currency: (orderTotal.currency as string | null) ?? null }
}

export async function getOverview(rawQuery: QueryFn, filter: ReportFilter): Promise<OverviewReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const current = await figures(query, filter, filter.period, true)
  const previous = filter.comparison ? await figures(query, filter, filter.comparison, false) : null
  const metrics: OverviewMetric[] = METRIC_IDS.map((id) => {
    const value = current.values[id]
    const before = previous ? previous.values[id] : null
    return { id, value, previous: before, change: change(value, before), trend: current.trend[id] }
  })
  return { filter, currency: current.currency ?? 'eur', generatedAt: new Date().toISOString(), metrics }
}

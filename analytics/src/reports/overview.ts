import {
  BUCKETS_CTE, ORDERS_CTE, SESSION_ORDERS_CTE, bucketOf, change, compacting, isoBucket, money, num, periodParams, ratio,
  sessionsCte, visitInPeriod, withCtes, type Row,
} from './sql'
import { refreshRollups } from './rollup'
import { previousVisit } from './visitor-keys'
import type { OverviewMetric, OverviewMetricId, OverviewReport, QueryFn, ReportFilter, ReportPeriod, TrendPoint } from './types'

// Vue d'ensemble: the nine headline numbers, each over the period, over the comparison period,
// and per bucket (the small trend chart). Visits are bucketed by when they started, orders by
// when they were placed.

// Visitors are counted through each visit's link to its visitor's previous one (visitor-keys.ts):
// a visitor counts in a bucket by its visit whose previous one started before the bucket (or
// before the period, for the first bucket when the period starts inside it).
// Every figure adds up over buckets, the period's visitors included (their filter is per visit).
// OFFSET 0 keeps per_session a subquery whose bucket Postgres cannot estimate (200 groups by
// default), so it plans a hash aggregate; it otherwise assumed one bucket per visit and sorted
// every visit, spilling to disk (as it did with GROUPING SETS for the total).
// The visits are read through a covering index (Migration20261129230000): the scan uses only its
// columns, so the visits that led to an order of the period (few) are looked up apart, by visit
// id, rather than joined to every visit of the period. Durations are summed as intervals and
// turned into seconds once per bucket (exact either way: microseconds and days add up apart).
export const VISITS_SQL = `${withCtes(BUCKETS_CTE, sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)},
per_session AS (
  SELECT s.pageviews, s.interactions, s.ended_at - s.started_at AS duration,
    ${bucketOf('s.started_at')} AS bucket, ${previousVisit('visit')} AS previous_visit
  FROM sessions s
  OFFSET 0
),
converted AS (
  SELECT ${bucketOf('c.started_at')} AS bucket, count(*) AS converted
  FROM session_orders so JOIN captured_session c USING (session_id)
  WHERE ${visitInPeriod('c')}
  GROUP BY 1
),
per_bucket AS (
  SELECT v.*, COALESCE(c.converted, 0) AS converted
  FROM (
    SELECT bucket, count(*) AS sessions, sum(pageviews) AS pageviews,
      count(*) FILTER (WHERE previous_visit < GREATEST(bucket, $1::timestamptz)) AS bucket_visitors,
      count(*) FILTER (WHERE previous_visit < $1::timestamptz) AS period_visitors,
      count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces,
      extract(epoch FROM sum(duration)) AS duration
    FROM per_session GROUP BY bucket
  ) v
  LEFT JOIN converted c USING (bucket)
)
SELECT b.bucket, COALESCE(p.sessions, 0) AS sessions, COALESCE(p.bucket_visitors, 0) AS visitors,
  COALESCE(p.pageviews, 0) AS pageviews, COALESCE(p.bounces, 0) AS bounces, COALESCE(p.duration, 0) AS duration,
  COALESCE(p.converted, 0) AS converted
FROM buckets b LEFT JOIN per_bucket p USING (bucket)
UNION ALL
SELECT NULL, COALESCE(sum(sessions), 0), COALESCE(sum(period_visitors), 0), COALESCE(sum(pageviews), 0),
  COALESCE(sum(bounces), 0), COALESCE(sum(duration), 0), COALESCE(sum(converted), 0)
FROM per_bucket
ORDER BY 1 NULLS FIRST`

/**
 * The comparison period needs no trend: its totals only. Visits without a visitor id count no
 * visitor here (as count(DISTINCT) would leave them out); the index holds no visitor id, so
 * those visits (rare: posthog-js always sends one) are subtracted by a lookup of their own.
 */
const VISIT_TOTALS_SQL = `${withCtes(sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)}
SELECT NULL AS bucket, count(*) AS sessions,
  count(*) FILTER (WHERE ${previousVisit('visit')} < $1::timestamptz)
    - (SELECT count(*) FROM captured_session n
       WHERE n.distinct_id IS NULL AND ${visitInPeriod('n')} AND ${previousVisit('visit', 'n')} < $1::timestamptz) AS visitors,
  COALESCE(sum(s.pageviews), 0) AS pageviews, count(*) FILTER (WHERE s.pageviews = 1 AND s.interactions = 0) AS bounces,
  COALESCE(extract(epoch FROM sum(s.ended_at - s.started_at)), 0) AS duration,
  (SELECT count(*) FROM session_orders so JOIN captured_session c USING (session_id) WHERE ${visitInPeriod('c')}) AS converted
FROM sessions s`

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

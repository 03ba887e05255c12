import {
  BUCKETS_CTE, ORDERS_CTE, SESSION_ORDERS_CTE, bucketOf, change, compacting, isoBucket, limitOf, money, num,
  periodParams, ratio, sessionsCte, text, visitInPeriod, withCtes, type Row,
} from './sql'
import { refreshRollups } from './rollup'
import type { BreakdownRow, MetricValue, QueryFn, ReportFilter, ReportPeriod, SeoLandingRow, SeoReport, TrendPoint } from './types'

// Référencement: the visits that came from search engines' unpaid results (the channel
// classification's `organic_search`), where they landed and what they bought.

const ORGANIC = `'organic_search'`

const TREND_SQL = `${withCtes(BUCKETS_CTE, sessionsCte())},
per_bucket AS (
  SELECT ${bucketOf('started_at')} AS bucket, count(*) AS sessions,
    count(*) FILTER (WHERE channel = ${ORGANIC}) AS organic
  FROM sessions GROUP BY 1
)
SELECT b.bucket, COALESCE(sum(p.sessions), 0) AS sessions, COALESCE(sum(p.organic), 0) AS organic
FROM buckets b LEFT JOIN per_bucket p USING (bucket)
GROUP BY GROUPING SETS ((b.bucket), ())
ORDER BY b.bucket NULLS FIRST`

// Each grouping counts the organic visits through the covering index of its own
// (Migration20261129230000), and takes the orders and revenue from the visits that led to an order
// of the period (few), rather than joining every organic visit to them. Landing pages show no
// visitor count, so they count no visitors.
const organicVisit = (alias: string): string => `${alias}.channel = ${ORGANIC} AND ${visitInPeriod(alias)}`

/** The organic visits per value of `column`, with their orders; `withVisitors`: and their visitors. */
const grouping = (dimension: string, column: string, withVisitors: boolean): string => `(SELECT '${dimension}' AS dimension, v.key, v.sessions,
   ${withVisitors ? 'v.visitors' : 'NULL::bigint'} AS visitors, COALESCE(o.orders, 0) AS orders, COALESCE(o.revenue, 0) AS revenue
 FROM (
   SELECT COALESCE(s.${column}, 'unknown') AS key, count(*) AS sessions${withVisitors ? ', count(DISTINCT s.distinct_id) AS visitors' : ''}
   FROM captured_session s WHERE ${organicVisit('s')} GROUP BY 1
 ) v
 LEFT JOIN (SELECT COALESCE(${column}, 'unknown') AS key, sum(orders) AS orders, sum(revenue) AS revenue FROM organic_orders GROUP BY 1) o USING (key)
 ORDER BY v.sessions DESC, v.key LIMIT $6::int)`

const LANDING_SQL = `${withCtes(ORDERS_CTE, SESSION_ORDERS_CTE)},
organic_orders AS (
  SELECT c.landing_page, c.referring_domain, so.orders, so.revenue
  FROM session_orders so JOIN captured_session c USING (session_id)
  WHERE ${organicVisit('c')}
)
${grouping('landing', 'landing_page', false)}
UNION ALL
${grouping('engine', 'referring_domain', true)}`

interface Totals {
  organic: number
  share: number | null
}

function totalsOf(rows: Row[]): Totals {
  const total = rows.find((row) => row.bucket === null) ?? {}
  return { organic: num(total.organic), share: ratio(num(total.organic), num(total.sessions)) }
}

function metric(id: string, value: number | null, previous: number | null, compared: boolean): MetricValue {
  return { id, value, previous: compared ? previous : null, change: compared ? change(value, previous) : null }
}

export interface SeoOptions {
  /** Latest SEO audit score, when the audit exists (read by the caller from wherever the audit stores it). */
  auditScore?: number | null
}

export async function getSeoTraffic(rawQuery: QueryFn, filter: ReportFilter, options: SeoOptions = {}): Promise<SeoReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const trendRows = await query(TREND_SQL, periodParams(filter))
  const previousRows = filter.comparison ? await query(TREND_SQL, periodParams(filter, filter.comparison as ReportPeriod)) : null
  const current = totalsOf(trendRows)
  const previous = previousRows ? totalsOf(previousRows) : null
  const buckets = trendRows.filter((row) => row.bucket !== null)
  const trend: TrendPoint[] = buckets.map((row) => ({ bucket: isoBucket(row.bucket), value: num(row.organic) }))
  const share_trend: TrendPoint[] = buckets.map((row) => ({
    bucket: isoBucket(row.bucket),
    value: ratio(num(row.organic), num(row.sessions)),
  }))

  const detail = await query(LANDING_SQL, [...periodParams(filter), limitOf(filter)])
  const landing_pages: SeoLandingRow[] = detail
    .filter((row) => row.dimension === 'landing')
    .map((row) => ({ pathname: text(row.key), sessions: num(row.sessions), orders: num(row.orders), revenue: money(row.revenue) }))
  const engines = detail.filter((row) => row.dimension === 'engine')
  const search_engines: BreakdownRow[] = engines.map((row) => ({
    key: text(row.key),
    sessions: num(row.sessions),
    visitors: num(row.visitors),
    share: ratio(num(row.sessions), current.organic),
  }))
  const compared = previous !== null
  return {
    filter,
    currency: 'eur',
    generatedAt: new Date().toISOString(),
    organic_sessions: metric('organic_sessions', current.organic, previous?.organic ?? null, compared),
    organic_share: metric('organic_share', current.share, previous?.share ?? null, compared),
    trend,
    share_trend,
    landing_pages,
    search_engines,
    audit_score: options.auditScore ?? null,
  }
}

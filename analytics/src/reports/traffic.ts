import {
  BUCKETS_CTE, bucketOf, compacting, isoBucket, limitOf, num, periodParams, ratio, sessionsCte, text,
  withCtes,
} from './sql'
import { refreshRollups } from './rollup'
import type { BreakdownRow, EntryPageRow, PageRow, QueryFn, ReportFilter, TrafficPoint, TrafficReport } from './types'

// Trafic: visits and page views over time, the pages seen, the pages visits start on, and the
// devices, browsers and systems of the visits.

const SERIES_SQL = `${withCtes(BUCKETS_CTE, sessionsCte())},
per_session AS MATERIALIZED (
  SELECT ${bucketOf('s.started_at')} AS bucket, s.distinct_id, s.pageviews FROM sessions s
),
per_bucket AS (
  SELECT bucket, count(*) AS sessions, sum(pageviews) AS pageviews FROM per_session GROUP BY bucket
),
bucket_visitors AS (
  SELECT bucket, count(*) AS visitors FROM (SELECT DISTINCT bucket, distinct_id FROM per_session) v GROUP BY bucket
)
SELECT b.bucket, v.visitors, p.sessions, p.pageviews
FROM buckets b LEFT JOIN per_bucket p USING (bucket) LEFT JOIN bucket_visitors v USING (bucket) ORDER BY b.bucket`

const TOP_PAGES_SQL = `
WITH pages AS MATERIALIZED (
  SELECT p.pathname, p.distinct_id, p.pageviews FROM captured_session_page p
  WHERE p.started_at >= $1::timestamptz AND p.started_at < $2::timestamptz AND ($3::boolean OR NOT p.is_simulated)
),
top AS (
  SELECT pathname, sum(pageviews) AS pageviews FROM pages GROUP BY pathname ORDER BY pageviews DESC, pathname LIMIT $6::int
),
-- Distinct visitors of the top pages only, in one hashed pass (a subquery per page rescans the pages).
visitors AS (
  SELECT pathname, count(*) AS visitors
  FROM (SELECT DISTINCT pathname, distinct_id FROM pages WHERE pathname IN (SELECT pathname FROM top)) v
  GROUP BY pathname
)
SELECT t.pathname, t.pageviews, COALESCE(v.visitors, 0) AS visitors
FROM top t LEFT JOIN visitors v USING (pathname) ORDER BY t.pageviews DESC, t.pathname`

const ENTRY_PAGES_SQL = `${withCtes(sessionsCte())}
SELECT landing_page AS pathname, count(*) AS sessions,
  count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces
FROM sessions WHERE landing_page IS NOT NULL
GROUP BY landing_page ORDER BY sessions DESC, landing_page LIMIT $6::int`

const BREAKDOWN_SQL = `${withCtes(sessionsCte())},
keyed AS MATERIALIZED (
  SELECT d.dimension, COALESCE(d.key, 'unknown') AS key, s.distinct_id
  FROM sessions s, LATERAL (VALUES ('device', s.device_type), ('browser', s.browser), ('os', s.os)) AS d(dimension, key)
),
counted AS (SELECT dimension, key, count(*) AS sessions FROM keyed GROUP BY dimension, key),
visitors AS (
  SELECT dimension, key, count(*) AS visitors FROM (SELECT DISTINCT dimension, key, distinct_id FROM keyed) v GROUP BY dimension, key
)
SELECT c.dimension, c.key, c.sessions, v.visitors FROM counted c JOIN visitors v USING (dimension, key)
ORDER BY c.dimension, c.sessions DESC, c.key`

export async function getTraffic(rawQuery: QueryFn, filter: ReportFilter): Promise<TrafficReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const params = periodParams(filter)
  const limited = [...params, limitOf(filter)]
  const series: TrafficPoint[] = (await query(SERIES_SQL, params)).map((row) => ({
    bucket: isoBucket(row.bucket),
    visitors: num(row.visitors),
    sessions: num(row.sessions),
    pageviews: num(row.pageviews),
  }))
  const top_pages: PageRow[] = (await query(TOP_PAGES_SQL, limited)).map((row) => ({
    pathname: text(row.pathname),
    pageviews: num(row.pageviews),
    visitors: num(row.visitors),
  }))
  const entry_pages: EntryPageRow[] = (await query(ENTRY_PAGES_SQL, limited)).map((row) => ({
    pathname: text(row.pathname),
    sessions: num(row.sessions),
    bounce_rate: ratio(num(row.bounces), num(row.sessions)),
  }))
  const breakdown = await query(BREAKDOWN_SQL, params)
  const rowsOf = (dimension: string): BreakdownRow[] => {
    const rows = breakdown.filter((row) => row.dimension === dimension)
    const total = rows.reduce((sum, row) => sum + num(row.sessions), 0)
    return rows.map((row) => ({
      key: text(row.key),
      sessions: num(row.sessions),
      visitors: num(row.visitors),
      share: ratio(num(row.sessions), total),
    }))
  }
  return {
    filter,
    currency: 'eur',
    generatedAt: new Date().toISOString(),
    series,
    top_pages,
    entry_pages,
    devices: rowsOf('device'),
    browsers: rowsOf('browser'),
    os: rowsOf('os'),
  }
}

import {
  BUCKETS_CTE, bucketOf, compacting, isoBucket, limitOf, num, periodParams, ratio, sessionsCte, text,
  withCtes,
} from './sql'
import { refreshRollups } from './rollup'
import { perKeySql, previousVisit } from './visitor-keys'
import type { BreakdownRow, EntryPageRow, PageRow, QueryFn, ReportFilter, TrafficPoint, TrafficReport } from './types'

// Trafic: visits and page views over time, the pages seen, the pages visits start on, and the
// devices, browsers and systems of the visits.

// Visitors: see visitor-keys.ts and the overview report.
const SERIES_SQL = `${withCtes(BUCKETS_CTE, sessionsCte())},
per_bucket AS (
  SELECT bucket, count(*) AS sessions, sum(pageviews) AS pageviews,
    count(*) FILTER (WHERE previous_visit < GREATEST(bucket, $1::timestamptz)) AS visitors
  -- OFFSET 0: a hash aggregate over few buckets, as in the overview report.
  FROM (SELECT ${bucketOf('s.started_at')} AS bucket, s.pageviews, ${previousVisit('visit')} AS previous_visit FROM sessions s OFFSET 0) v
  GROUP BY bucket
)
SELECT b.bucket, p.visitors, p.sessions, p.pageviews
FROM buckets b LEFT JOIN per_bucket p USING (bucket) ORDER BY b.bucket`

const TOP_PAGES_SQL = `
SELECT p.pathname, sum(p.pageviews) AS pageviews, count(*) FILTER (WHERE ${previousVisit('page', 'p')} < $1::timestamptz) AS visitors
FROM captured_session_page p
WHERE p.started_at >= $1::timestamptz AND p.started_at < $2::timestamptz AND ($3::boolean OR NOT p.is_simulated)
GROUP BY p.pathname ORDER BY pageviews DESC, p.pathname LIMIT $6::int`

const ENTRY_PAGES_SQL = `${withCtes(sessionsCte())}
SELECT landing_page AS pathname, count(*) AS sessions,
  count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces
FROM sessions WHERE landing_page IS NOT NULL
GROUP BY landing_page ORDER BY sessions DESC, landing_page LIMIT $6::int`

const BREAKDOWN_SQL = `${withCtes(sessionsCte())}
${perKeySql(['device', 'browser', 'os'], 'sessions s')}
ORDER BY 1, sessions DESC, 2`

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

import { CHANNEL_LABELS_FR, isChannelId } from '../channels/channels'
import {
  ORDERS_CTE, SESSION_ORDERS_CTE, compacting, limitOf, money, num, periodParams, ratio, sessionsCte, text, withCtes,
} from './sql'
import { refreshRollups } from './rollup'
import type { AcquisitionReport, AcquisitionRow, QueryFn, ReportFilter } from './types'

// Acquisition: where visits come from, and what they bought. Each visit carries its first
// channel, referring site, UTM values and landing page; orders join through the visit's id.

const DIMENSIONS = ['channel', 'referring_domain', 'utm_source', 'utm_medium', 'utm_campaign', 'landing_page'] as const
type Dimension = (typeof DIMENSIONS)[number]

const ACQUISITION_SQL = `${withCtes(sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)},
keyed AS MATERIALIZED (
  SELECT d.dimension, d.key, s.distinct_id, COALESCE(so.orders, 0) AS orders, COALESCE(so.revenue, 0) AS revenue
  FROM sessions s LEFT JOIN session_orders so USING (session_id),
    LATERAL (VALUES
      ('channel', COALESCE(s.channel, 'direct')),
      ('referring_domain', NULLIF(s.referring_domain, '$direct')),
      ('utm_source', s.utm_source),
      ('utm_medium', s.utm_medium),
      ('utm_campaign', s.utm_campaign),
      ('landing_page', s.landing_page)
    ) AS d(dimension, key)
  WHERE d.key IS NOT NULL
),
ranked AS (
  SELECT dimension, key, count(*) AS sessions, count(*) FILTER (WHERE orders > 0) AS converted,
    sum(orders) AS orders, sum(revenue) AS revenue,
    row_number() OVER (PARTITION BY dimension ORDER BY count(*) DESC, key) AS rank
  FROM keyed GROUP BY dimension, key
),
visitors AS (
  SELECT dimension, key, count(*) AS visitors
  FROM (SELECT DISTINCT dimension, key, distinct_id FROM keyed) v GROUP BY dimension, key
)
SELECT r.*, v.visitors FROM ranked r JOIN visitors v USING (dimension, key)
WHERE r.rank <= $6::int ORDER BY r.dimension, r.rank`

function label(dimension: Dimension, key: string): string {
  if (dimension === 'channel') return isChannelId(key) ? CHANNEL_LABELS_FR[key] : key
  return key
}

export async function getAcquisition(rawQuery: QueryFn, filter: ReportFilter): Promise<AcquisitionReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const rows = await query(ACQUISITION_SQL, [...periodParams(filter), limitOf(filter)])
  const rowsOf = (dimension: Dimension): AcquisitionRow[] =>
    rows
      .filter((row) => row.dimension === dimension)
      .map((row) => {
        const key = text(row.key)
        return {
          key,
          label: label(dimension, key),
          sessions: num(row.sessions),
          visitors: num(row.visitors),
          orders: num(row.orders),
          conversion_rate: ratio(num(row.converted), num(row.sessions)),
          revenue: money(row.revenue),
        }
      })
  return {
    filter,
    currency: 'eur',
    generatedAt: new Date().toISOString(),
    channels: rowsOf('channel'),
    referring_sites: rowsOf('referring_domain'),
    utm_sources: rowsOf('utm_source'),
    utm_mediums: rowsOf('utm_medium'),
    utm_campaigns: rowsOf('utm_campaign'),
    landing_pages: rowsOf('landing_page'),
  }
}

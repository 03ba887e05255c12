import { CHANNEL_LABELS_FR, isChannelId } from '../channels/channels'
import {
  ORDERS_CTE, SESSION_ORDERS_CTE, compacting, limitOf, money, num, periodParams, ratio, sessionsCte, text, withCtes,
} from './sql'
import { refreshRollups } from './rollup'
import { perKeySql } from './visitor-keys'
import type { AcquisitionReport, AcquisitionRow, QueryFn, ReportFilter } from './types'

// Acquisition: where visits come from, and what they bought. Each visit carries its first
// channel, referring site, UTM values and landing page; orders join through the visit's id.

const DIMENSIONS = ['channel', 'referring_domain', 'utm_source', 'utm_medium', 'utm_campaign', 'landing_page'] as const
type Dimension = (typeof DIMENSIONS)[number]

// Visitors: see visitor-keys.ts (one key per dimension, the same values as the reports before).
const ACQUISITION_SQL = `${withCtes(sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)},
per_key AS (
  ${perKeySql(DIMENSIONS, '(SELECT s.*, so.orders, so.revenue FROM sessions s LEFT JOIN session_orders so USING (session_id)) s', `,
    count(*) FILTER (WHERE s.orders > 0) AS converted, COALESCE(sum(s.orders), 0) AS orders, COALESCE(sum(s.revenue), 0) AS revenue`)}
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY dimension ORDER BY sessions DESC, key) AS rank FROM per_key WHERE key IS NOT NULL
)
SELECT * FROM ranked WHERE rank <= $6::int ORDER BY dimension, rank`

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

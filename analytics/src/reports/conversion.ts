import { CHANNEL_LABELS_FR, isChannelId } from '../channels/channels'
import {
  ORDERS_CTE, SESSION_ORDERS_CTE, change, compacting, num, periodParams, ratio, sessionsCte, text, withCtes, type Row,
} from './sql'
import { refreshRollups } from './rollup'
import type {
  ConversionBreakdownRow, ConversionReport, FunnelStep, FunnelStepId, MetricValue, QueryFn, ReportFilter, ReportPeriod,
} from './types'

// Conversion: the purchase funnel of the period's visits. A visit reaches a step when it holds
// the step's event, whatever the order of the events; "order" means a Medusa order of the
// period attributed to the visit.

// One pass over the visits, three groupings (all, device, channel): GROUPING SETS rather than
// one copy of every visit per grouping.
const FUNNEL_SQL = `${withCtes(sessionsCte(), ORDERS_CTE, SESSION_ORDERS_CTE)},
joined AS (
  SELECT s.viewed_product, s.added_to_cart, s.started_checkout, so.session_id IS NOT NULL AS ordered,
    COALESCE(s.device_type, 'unknown') AS device, COALESCE(s.channel, 'direct') AS channel
  FROM sessions s LEFT JOIN session_orders so USING (session_id)
)
SELECT CASE WHEN GROUPING(device) = 0 THEN 'device' WHEN GROUPING(channel) = 0 THEN 'channel' ELSE 'all' END AS dimension,
  CASE WHEN GROUPING(device) = 0 THEN device WHEN GROUPING(channel) = 0 THEN channel ELSE 'all' END AS key,
  count(*) AS sessions,
  count(*) FILTER (WHERE viewed_product) AS viewed,
  count(*) FILTER (WHERE viewed_product AND added_to_cart) AS added,
  count(*) FILTER (WHERE viewed_product AND added_to_cart AND started_checkout) AS checkout,
  count(*) FILTER (WHERE viewed_product AND added_to_cart AND started_checkout AND ordered) AS ordered,
  count(*) FILTER (WHERE added_to_cart) AS carts,
  count(*) FILTER (WHERE added_to_cart AND NOT ordered) AS abandoned,
  count(*) FILTER (WHERE ordered) AS converted
FROM joined
GROUP BY GROUPING SETS ((), (device), (channel))
ORDER BY 1, sessions DESC, 2`

const STEPS: readonly { id: FunnelStepId; label_fr: string; column: string }[] = [
  { id: 'sessions', label_fr: 'Visites', column: 'sessions' },
  { id: 'product_viewed', label_fr: 'Fiche produit vue', column: 'viewed' },
  { id: 'added_to_cart', label_fr: 'Ajout au panier', column: 'added' },
  { id: 'checkout_started', label_fr: 'Commande commencée', column: 'checkout' },
  { id: 'order_placed', label_fr: 'Commande passée', column: 'ordered' },
]

export const DEVICE_LABELS_FR: Readonly<Record<string, string>> = {
  desktop: 'Ordinateur', mobile: 'Mobile', tablet: 'Tablette', console: 'Console de jeu', tv: 'Télévision',
  wearable: 'Montre connectée', unknown: 'Inconnu',
}

async function periodRows(query: QueryFn, filter: ReportFilter, period: ReportPeriod): Promise<Row[]> {
  return query(FUNNEL_SQL, periodParams(filter, period))
}

function metric(id: string, value: number | null, previous: number | null): MetricValue {
  return { id, value, previous, change: change(value, previous) }
}

export async function getConversion(rawQuery: QueryFn, filter: ReportFilter): Promise<ConversionReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const rows = await periodRows(query, filter, filter.period)
  const previousRows = filter.comparison ? await periodRows(query, filter, filter.comparison) : null
  const totalOf = (list: Row[] | null): Row | null => list?.find((row) => row.dimension === 'all') ?? (list ? {} : null)
  const total = totalOf(rows) ?? {}
  const previousTotal = totalOf(previousRows)

  const funnel: FunnelStep[] = STEPS.map((step, index) => {
    const sessions = num(total[step.column])
    const before = index > 0 ? num(total[STEPS[index - 1]!.column]) : null
    return {
      id: step.id,
      label_fr: step.label_fr,
      sessions,
      rate_from_start: ratio(sessions, num(total.sessions)),
      drop_off: before === null ? null : before > 0 ? Math.round((1 - sessions / before) * 10_000) / 10_000 : null,
    }
  })
  const abandonment = (row: Row | null) => (row ? ratio(num(row.abandoned), num(row.carts)) : null)
  const conversion = (row: Row | null) => (row ? ratio(num(row.converted), num(row.sessions)) : null)
  const breakdown = (dimension: string, labelOf: (key: string) => string): ConversionBreakdownRow[] =>
    rows
      .filter((row) => row.dimension === dimension)
      .map((row) => ({
        key: text(row.key),
        label: labelOf(text(row.key)),
        sessions: num(row.sessions),
        orders: num(row.converted),
        conversion_rate: ratio(num(row.converted), num(row.sessions)),
      }))
  return {
    filter,
    currency: 'eur',
    generatedAt: new Date().toISOString(),
    funnel,
    cart_abandonment_rate: metric('cart_abandonment_rate', abandonment(total), abandonment(previousTotal)),
    conversion_rate: metric('conversion_rate', conversion(total), conversion(previousTotal)),
    by_device: breakdown('device', (key) => DEVICE_LABELS_FR[key] ?? key),
    by_channel: breakdown('channel', (key) => (isChannelId(key) ? CHANNEL_LABELS_FR[key] : key)),
  }
}

import { EVENT_NAMES } from '../events/names'
import { proportionDifference } from '../stats/proportions'
import { budget, PROMOTION_ORDERS_CTE } from './promotions'
import { refreshRollups } from './rollup'
import { SESSION_ORDERS_CTE, change, compacting, money, num, ratio, sessionsCte, type Row } from './sql'
import type {
  ComparableItem, ComparableKind, ConversionDifference, PromotionComparison, PromotionComparisonRow, ShopWindow,
} from './comparison-types'
import type { QueryFn, ReportPeriod } from './types'

// Comparer des promotions: each promotion or campaign over its own run period, from the same
// SQL as the Promotions report (orders, adjustments) and the visit rollup (sessions). The lift
// compares the whole shop during the run with the same length of time just before it started.

const DAY_MS = 86_400_000
/** Runs longer than this are cut to their last MAX_RUN_DAYS days: the reports' own limit. */
export const MAX_RUN_DAYS = 400
/** Items one comparison takes: a chart and a table stay readable. */
export const MAX_COMPARED_ITEMS = 8

/** $1: the ids asked for, or null for every promotion and campaign (the picker's list). */
const ITEMS_SQL = `WITH budgets AS (
  SELECT campaign_id, type, "limit", used FROM promotion_campaign_budget WHERE deleted_at IS NULL
)
SELECT 'promotion' AS kind, p.id, COALESCE(p.code, p.id) AS label, p.is_automatic AS automatic, p.used AS uses,
  p.created_at, c.id AS campaign_id, c.name AS campaign_name, c.starts_at, c.ends_at,
  b.type AS budget_type, b."limit" AS budget_limit, b.used AS budget_used,
  ARRAY[p.id]::text[] AS promotion_ids, ARRAY[upper(p.code)]::text[] AS codes
FROM promotion p
LEFT JOIN promotion_campaign c ON c.id = p.campaign_id AND c.deleted_at IS NULL
LEFT JOIN budgets b ON b.campaign_id = c.id
WHERE p.deleted_at IS NULL AND ($1::text[] IS NULL OR p.id = ANY($1::text[]))
UNION ALL
SELECT 'campaign', c.id, c.name, COALESCE(bool_and(p.is_automatic), false), COALESCE(sum(p.used), 0),
  c.created_at, c.id, c.name, c.starts_at, c.ends_at, b.type, b."limit", b.used,
  COALESCE(array_agg(p.id) FILTER (WHERE p.id IS NOT NULL), '{}')::text[],
  COALESCE(array_agg(upper(p.code)) FILTER (WHERE p.code IS NOT NULL), '{}')::text[]
FROM promotion_campaign c
LEFT JOIN promotion p ON p.campaign_id = c.id AND p.deleted_at IS NULL
LEFT JOIN budgets b ON b.campaign_id = c.id
WHERE c.deleted_at IS NULL AND ($1::text[] IS NULL OR c.id = ANY($1::text[]))
GROUP BY c.id, b.type, b."limit", b.used
ORDER BY 1 DESC, 3`

/**
 * One window ($1 from, $2 to, $3 include simulated) for one item ($6 its promotion ids, $7 their
 * codes in upper case, $8 automatic). A visit saw a code promotion when its cart took the code
 * (`promo_code_applied`); it saw an automatic one by visiting while it ran.
 */
const WINDOW_SQL = `${PROMOTION_ORDERS_CTE},
${sessionsCte()},
${SESSION_ORDERS_CTE},
item_orders AS (
  SELECT u.order_id, min(u.total) AS total, sum(u.discount) AS discount
  FROM usage u WHERE u.promotion_id = ANY($6::text[]) GROUP BY u.order_id
),
item_sessions AS (
  SELECT DISTINCT o.session_id FROM period_orders o JOIN item_orders io ON io.order_id = o.id WHERE o.session_id IS NOT NULL
),
code_sessions AS (
  SELECT DISTINCT e.session_id FROM captured_event e
  WHERE e.event = '${EVENT_NAMES.promoCodeApplied}' AND e.deleted_at IS NULL AND e.session_id IS NOT NULL
    AND e."timestamp" >= $1::timestamptz AND e."timestamp" < $2::timestamptz + interval '1 day'
    AND upper(e.properties->>'code') = ANY($7::text[])
),
exposed AS (
  SELECT s.session_id, s.session_id IN (SELECT session_id FROM item_sessions) AS converted FROM sessions s
  WHERE $8::boolean OR s.session_id IN (SELECT session_id FROM item_sessions) OR s.session_id IN (SELECT session_id FROM code_sessions)
)
SELECT
  (SELECT count(*) FROM item_orders) AS orders,
  (SELECT COALESCE(sum(total), 0) FROM item_orders) AS revenue,
  (SELECT COALESCE(sum(discount), 0) FROM item_orders) AS discount,
  (SELECT count(*) FROM exposed) AS exposed_sessions,
  (SELECT count(*) FROM exposed WHERE converted) AS converted_sessions,
  (SELECT count(*) FROM sessions) AS sessions,
  (SELECT count(DISTINCT distinct_id) FROM sessions) AS visitors,
  (SELECT count(*) FROM sessions WHERE session_id IN (SELECT session_id FROM session_orders)) AS shop_converted,
  (SELECT count(*) FROM period_orders) AS shop_orders,
  (SELECT COALESCE(sum(total), 0) FROM period_orders) AS shop_revenue`

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : (value instanceof Date ? value : new Date(String(value))).toISOString()

/** The period an item ran, from its campaign's dates or its creation (see ComparableItem.run). */
export function runOf(row: Row, now: Date): { run: ReportPeriod; ongoing: boolean } {
  const start = iso(row.starts_at) ?? iso(row.created_at) ?? now.toISOString()
  const end = iso(row.ends_at)
  const ongoing = end === null || Date.parse(end) > now.getTime()
  let to = ongoing ? now.toISOString() : (end as string)
  if (Date.parse(to) <= Date.parse(start)) to = new Date(Date.parse(start) + 1000).toISOString()
  const from = Math.max(Date.parse(start), Date.parse(to) - MAX_RUN_DAYS * DAY_MS)
  return { run: { from: new Date(from).toISOString(), to }, ongoing }
}

interface ItemRow {
  item: ComparableItem
  row: Row
  promotionIds: string[]
  codes: string[]
}

function itemOf(row: Row, now: Date): ItemRow {
  const { run, ongoing } = runOf(row, now)
  return {
    item: {
      kind: row.kind as ComparableKind,
      id: String(row.id),
      label: String(row.label),
      automatic: row.automatic === true,
      campaign_id: (row.campaign_id as string | null) ?? null,
      campaign_name: (row.campaign_name as string | null) ?? null,
      run,
      ongoing,
    },
    row,
    promotionIds: (row.promotion_ids as string[] | null) ?? [],
    codes: ((row.codes as (string | null)[] | null) ?? []).filter((code): code is string => typeof code === 'string'),
  }
}

/** Every promotion and campaign, with its run period: what the comparison page lets a student pick. */
export async function listComparableItems(rawQuery: QueryFn, now = new Date()): Promise<ComparableItem[]> {
  const rows = await compacting(rawQuery)(ITEMS_SQL, [null])
  return rows.map((row) => itemOf(row, now).item)
}

function windowOf(period: ReportPeriod, row: Row): ShopWindow {
  const sessions = num(row.sessions)
  const visitors = num(row.visitors)
  const revenue = money(row.shop_revenue)
  return {
    period,
    sessions,
    visitors,
    converted_sessions: num(row.shop_converted),
    conversion_rate: ratio(num(row.shop_converted), sessions),
    orders: num(row.shop_orders),
    revenue,
    revenue_per_visitor: visitors > 0 ? money(revenue / visitors) : null,
  }
}

/** The same length of time just before the run. */
export function periodBefore(run: ReportPeriod): ReportPeriod {
  const from = Date.parse(run.from)
  return { from: new Date(from - (Date.parse(run.to) - from)).toISOString(), to: run.from }
}

export interface CompareOptions {
  /** Promotion or campaign ids, in the order of the table (the first is the reference). */
  ids: readonly string[]
  includeSimulated: boolean
  now?: Date
}

/** Ids asked for that match no promotion or campaign: the caller answers 404 with them. */
export class UnknownComparableItemsError extends Error {
  constructor(readonly ids: string[]) {
    super(`unknown promotion or campaign: ${ids.join(', ')}`)
    this.name = 'UnknownComparableItemsError'
  }
}

export async function comparePromotions(rawQuery: QueryFn, options: CompareOptions): Promise<PromotionComparison> {
  const query = compacting(rawQuery)
  const now = options.now ?? new Date()
  await refreshRollups(query)
  const found = new Map((await query(ITEMS_SQL, [[...options.ids]])).map((row) => [String(row.id), itemOf(row, now)]))
  const missing = options.ids.filter((id) => !found.has(id))
  if (missing.length > 0) throw new UnknownComparableItemsError(missing)

  const rows: PromotionComparisonRow[] = []
  for (const id of options.ids) {
    const { item, row, promotionIds, codes } = found.get(id) as ItemRow
    const windowRow = async (period: ReportPeriod): Promise<Row> => {
      const [result = {}] = await query(WINDOW_SQL, [period.from, period.to, options.includeSimulated, null, null, promotionIds, codes, item.automatic])
      return result
    }
    const during = await windowRow(item.run)
    const beforePeriod = periodBefore(item.run)
    const before = windowOf(beforePeriod, await windowRow(beforePeriod))
    const shop = windowOf(item.run, during)
    const orders = num(during.orders)
    const revenue = money(during.revenue)
    rows.push({
      item,
      uses: num(row.uses),
      orders,
      revenue,
      discount: money(during.discount),
      average_basket: orders > 0 ? money(revenue / orders) : null,
      exposed_sessions: num(during.exposed_sessions),
      converted_sessions: num(during.converted_sessions),
      conversion_rate: ratio(num(during.converted_sessions), num(during.exposed_sessions)),
      revenue_per_visitor: shop.revenue_per_visitor,
      ...budget(row),
      during: shop,
      before,
      lift: {
        orders: change(shop.orders, before.orders),
        revenue: change(shop.revenue, before.revenue),
        revenue_per_visitor: change(shop.revenue_per_visitor, before.revenue_per_visitor),
        conversion: proportionDifference(
          { successes: shop.converted_sessions, trials: shop.sessions },
          { successes: before.converted_sessions, trials: before.sessions },
        ),
      },
    })
  }
  const [reference, ...others] = rows
  const differences: ConversionDifference[] = reference
    ? others.map((other) => ({
        reference_id: reference.item.id,
        other_id: other.item.id,
        difference: proportionDifference(
          { successes: reference.converted_sessions, trials: reference.exposed_sessions },
          { successes: other.converted_sessions, trials: other.exposed_sessions },
        ),
      }))
    : []
  return { includeSimulated: options.includeSimulated, currency: 'eur', generatedAt: now.toISOString(), rows, differences }
}

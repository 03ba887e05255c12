import { EVENT_NAMES, SERVER_EVENT_NAMES } from '../events/names'
import { CART_ATTRIBUTION_KEYS } from '../events/names'
import type { Granularity, QueryFn, ReportFilter, ReportPeriod } from './types'

// SQL shared by the reports. Every query text uses positional parameters with explicit casts
// ($1::timestamptz…): values never enter the text, and Postgres never has to guess a type.
//
// The parameters of a period query are always, in this order:
//   $1 from, $2 to, $3 include simulated traffic, $4 time zone, $5 bucket size (hour/day/week).

export const DEFAULT_TIME_ZONE = 'Europe/Paris'
export const DEFAULT_LIMIT = 20

/** Cart/order metadata key the market simulator may set on its orders (besides its simulated visits). */
export const SIMULATED_ORDER_KEY = 'comptoir_simulated'

export function periodParams(filter: ReportFilter, period: ReportPeriod = filter.period): unknown[] {
  return [period.from, period.to, filter.includeSimulated, filter.timeZone ?? DEFAULT_TIME_ZONE, filter.granularity]
}

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`

export const SERVER_EVENTS_LIST = [...SERVER_EVENT_NAMES].map(quote).join(', ')

export const EVENT = {
  pageview: quote(EVENT_NAMES.pageview),
  pageleave: quote(EVENT_NAMES.pageleave),
  productViewed: quote(EVENT_NAMES.productViewed),
  addedToCart: quote(EVENT_NAMES.productAddedToCart),
  checkoutStarted: quote(EVENT_NAMES.checkoutStarted),
  searchPerformed: quote(EVENT_NAMES.searchPerformed),
} as const

/**
 * Events a page sends by itself when it opens (or closes): they say what was shown, not that the
 * visitor did anything, so a visit made of one page and these is still a bounce.
 */
export const PASSIVE_EVENTS_LIST = [
  EVENT_NAMES.pageview,
  EVENT_NAMES.pageleave,
  EVENT_NAMES.productListViewed,
  EVENT_NAMES.productViewed,
  EVENT_NAMES.cartViewed,
  '$web_vitals',
  '$identify',
  '$set',
  '$opt_in',
  '$groupidentify',
].map(quote).join(', ')

/** Start of the bucket (hour/day/week, cut in the report's time zone) an instant falls in, row by row. */
const zonedBucket = (instant: string): string => `(date_trunc($5::text, ${instant} AT TIME ZONE $4::text) AT TIME ZONE $4::text)`

/** The first UTC minute of the period: minute i of the period starts i minutes after it. */
const FIRST_MINUTE = `date_bin('1 minute', $1::timestamptz, 'epoch')`

/**
 * Start of the bucket of each UTC minute of the period, in one array (an InitPlan: computed once
 * per query). Every time zone's offset has been a whole number of minutes since 1972 (Monrovia
 * was the last one with seconds), so from then on the instants of one UTC minute all fall in the
 * same bucket, whatever the zone and its daylight saving changes.
 */
const MINUTE_BUCKETS = `(SELECT array_agg(${zonedBucket('m')} ORDER BY m)
  FROM generate_series(${FIRST_MINUTE}, $2::timestamptz, interval '1 minute') m)`

/**
 * Periods whose buckets are read from MINUTE_BUCKETS: after 1972 (see there), and short enough
 * that its 1,440 conversions a day stay far fewer than the rows (a 30-day period: 43,200
 * conversions, ~20 ms, against millions of visits at 10M events).
 */
const MINUTE_BUCKETED = `($1::timestamptz >= '1973-01-01T00:00:00Z' AND $2::timestamptz - $1::timestamptz <= interval '92 days')`

/**
 * Start of the bucket (hour/day/week, cut in the report's time zone) a timestamp of the period
 * ([$1, $2): a timestamp outside it has no bucket) falls in. Converting every row to the time
 * zone and back was most of the time of the bucketed reports at 10M events (~250 ms per 1.6M
 * visits); reading its minute's bucket from MINUTE_BUCKETS is arithmetic, with the same result.
 */
export const bucketOf = (column: string): string => `(CASE WHEN ${MINUTE_BUCKETED}
  THEN ${MINUTE_BUCKETS}[floor(date_part('epoch', ${column} - ${FIRST_MINUTE}) / 60)::int + 1]
  ELSE ${zonedBucket(column)} END)`

/** Every bucket of the period, so that the series shows zeros rather than gaps. */
export const BUCKETS_CTE = `buckets AS (
  SELECT generate_series(
    date_trunc($5::text, $1::timestamptz AT TIME ZONE $4::text),
    ($2::timestamptz - interval '1 microsecond') AT TIME ZONE $4::text,
    ('1 ' || $5::text)::interval
  ) AT TIME ZONE $4::text AS bucket
)`

/**
 * One row per visit that started in the period, from the visit rollup (rollup.ts): when it
 * started and ended, what happened in it, and its attributes (acquisition, device, landing page)
 * as the visit's first event carrying them had them. Robots' events are never in it.
 * The overview, traffic and référencement reports read only columns of its covering index
 * (backend Migration20261129230000), so that Postgres scans the index alone: a column outside it
 * would have them read every wide row again (statistics-rollups.spec.ts checks their plans).
 */
export function sessionsCte(): string {
  return `sessions AS (
  SELECT * FROM captured_session s
  WHERE ${visitInPeriod('s')}
)`
}

/**
 * A visit (rollup row `alias`) that started in the period, simulated ones only when included:
 * the condition of sessionsCte, for a query that reads the visits a second time (a CTE read
 * twice is materialised whole, which would defeat the index-only scans the reports rely on).
 */
export const visitInPeriod = (alias: string): string =>
  `${alias}.started_at >= $1::timestamptz AND ${alias}.started_at < $2::timestamptz AND ($3::boolean OR NOT ${alias}.is_simulated)`

const sessionKey = quote(CART_ATTRIBUTION_KEYS.sessionId)

/**
 * An order's cart (the storefront stores the posthog-js ids in the cart's metadata), for
 * ORDER_SESSION_SQL: "order" o, then these joins.
 */
export const ORDER_CART_JOINS = `LEFT JOIN order_cart oc ON oc.order_id = o.id AND oc.deleted_at IS NULL
  LEFT JOIN cart c ON c.id = oc.cart_id`

/** An order's visit: from its metadata, then its cart's (the keys the backend's `order_placed` event reads). */
export const ORDER_SESSION_SQL = `COALESCE(NULLIF(o.metadata->>${sessionKey}, ''), NULLIF(c.metadata->>${sessionKey}, ''))`

/**
 * Medusa's orders of the period, authoritative for counts and amounts: created in the period,
 * not drafts, not canceled, not deleted. `total` is the order total when it was placed (items
 * + shipping + taxes − discounts), from Medusa's order summary. The visit is read from the
 * order's metadata, then its cart's. An order is simulated when its metadata says so or when its
 * visit is.
 *
 * Whether its visit is simulated comes from the order rollup (captured_order_visit, kept by the
 * refresh: rollup.ts), one hashed join, rather than from one lookup per order in the visit
 * rollup. Where that row is missing (an order placed since the refresh) or names another visit
 * (metadata edited since), the lookup is made as before, so the answer never depends on the
 * rollup being current.
 */
export const ORDERS_CTE = `orders AS (
  SELECT o.id, o.created_at, o.currency_code,
    ${ORDER_SESSION_SQL} AS session_id,
    COALESCE((s.totals->>'original_order_total')::numeric, 0) AS total,
    COALESCE(o.metadata->>${quote(SIMULATED_ORDER_KEY)} = 'true' OR c.metadata->>${quote(SIMULATED_ORDER_KEY)} = 'true', false) AS flagged_simulated,
    v.order_id IS NOT NULL AS matched, v.session_id AS matched_session_id, v.visit_simulated
  FROM "order" o
  LEFT JOIN order_summary s ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL
  ${ORDER_CART_JOINS}
  LEFT JOIN captured_order_visit v ON v.order_id = o.id
  WHERE o.created_at >= $1::timestamptz AND o.created_at < $2::timestamptz
    AND o.deleted_at IS NULL AND o.is_draft_order = false AND o.canceled_at IS NULL AND o.status::text <> 'canceled'
),
period_orders AS (
  SELECT o.id, o.created_at, o.currency_code, o.session_id, o.total, o.flagged_simulated FROM orders o
  WHERE $3::boolean OR NOT (
    o.flagged_simulated
    OR CASE WHEN o.matched AND o.matched_session_id IS NOT DISTINCT FROM o.session_id THEN o.visit_simulated
      ELSE EXISTS (SELECT 1 FROM captured_session se WHERE se.session_id = o.session_id AND se.is_simulated) END
  )
)`

/** Orders of the period per visit: what acquisition and conversion reports join to sessions. */
export const SESSION_ORDERS_CTE = `session_orders AS (
  SELECT session_id, count(*) AS orders, sum(total) AS revenue
  FROM period_orders WHERE session_id IS NOT NULL GROUP BY session_id
)`

export function withCtes(...ctes: string[]): string {
  return `WITH ${ctes.join(',\n')}`
}

export type Row = Record<string, unknown>

/** pg returns numeric and bigint as strings: every number of a result goes through here. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0
  const parsed = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(parsed) ? parsed : 0
}

export function numOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : null
}

/** Amounts rounded to the cent, ratios and durations to 4 decimals: no float noise in the UI or tests. */
export const money = (value: unknown): number => Math.round(num(value) * 100) / 100

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null
}

export function change(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null
  return Math.round(((value - previous) / previous) * 10_000) / 10_000
}

export function isoBucket(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()
}

export function text(value: unknown, fallback = 'unknown'): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback
}

export function limitOf(filter: ReportFilter): number {
  return Math.min(Math.max(Math.trunc(filter.limit ?? DEFAULT_LIMIT), 1), 500)
}

/** The period of the same length just before: the default comparison. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const from = new Date(period.from).getTime()
  const to = new Date(period.to).getTime()
  return { from: new Date(from - (to - from)).toISOString(), to: new Date(from).toISOString() }
}

export const GRANULARITY_SQL: Readonly<Record<Granularity, string>> = { hour: 'hour', day: 'day', week: 'week' }

/**
 * Keeps only the parameters a SQL text uses, renumbered $1, $2…: the reports share one
 * parameter list, and Postgres refuses a parameter it cannot type because the text never uses it.
 */
export function compactParams(sql: string, params: readonly unknown[]): { sql: string; params: unknown[] } {
  const used = new Map<number, number>()
  const compacted = sql.replace(/\$(\d+)/g, (_, digits: string) => {
    const index = Number(digits)
    if (index < 1 || index > params.length) throw new Error(`SQL uses $${index} but only ${params.length} parameters were given`)
    if (!used.has(index)) used.set(index, used.size + 1)
    return `$${used.get(index)}`
  })
  return { sql: compacted, params: [...used.keys()].map((index) => params[index - 1]) }
}

/** The report's query function, with compacted parameters. */
export function compacting(query: QueryFn): QueryFn {
  return (sql, params) => {
    const compacted = compactParams(sql, params)
    return query(compacted.sql, compacted.params)
  }
}

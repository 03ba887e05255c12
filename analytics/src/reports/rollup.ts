import { EVENT, PASSIVE_EVENTS_LIST, SERVER_EVENTS_LIST } from './sql'
import type { QueryFn } from './types'
import { VISITOR_KEYS, VISITOR_KEY_IDS, prevColumn } from './visitor-keys'

// The reports read three rollups of the events (tables created by the backend's event-store
// migration Migration20261129120000): one row per visit (captured_session), per visit and page
// (captured_session_page), per visit and product (captured_session_product).
//
// Correctness with late and duplicate events: duplicates never reach the table (the event uuid
// is its primary key). Every refresh recomputes, from all their events, the visits that received
// an event since the previous refresh, found by insertion time (created_at) rather than event
// time, so an event arriving days late still lands in its visit. The watermark is moved back
// by a margin because created_at is the inserting transaction's start: an ingest transaction
// still open when the refresh reads would otherwise be skipped for good.
//
// Each visit row also links to its visitor's previous visit (visitor-keys.ts). A late visit
// changes the links of the visitor's later visits, so a refresh recomputes them over every visit
// of the visitors it touched, and rewrites the links that changed.

/**
 * How far back a refresh looks before its watermark. Ingest transactions last milliseconds; the
 * cost of the margin is that visits touched in the last minute are recomputed by the next refresh
 * too (after a bulk import of history, the refreshes of the following minute redo it).
 */
export const ROLLUP_MARGIN = '1 minute'

const VISIT_EVENT = `e.deleted_at IS NULL AND e.is_bot = false AND e.event NOT IN (${SERVER_EVENTS_LIST})`

/** The visit row's own columns, as fresh_sessions computes them (in this order). */
const SESSION_COLUMNS = [
  'session_id', 'distinct_id', 'started_at', 'ended_at', 'pageviews', 'interactions', 'viewed_product', 'added_to_cart',
  'started_checkout', 'is_simulated', 'channel', 'referring_domain', 'utm_source', 'utm_medium', 'utm_campaign',
  'device_type', 'browser', 'os', 'landing_page',
]

const first = (column: string, alias = column, condition = `e.${column} IS NOT NULL`) =>
  `(array_agg(e.${column} ORDER BY e."timestamp", e.uuid) FILTER (WHERE ${condition}))[1] AS ${alias}`

const SESSION_PREV_COLUMNS = VISITOR_KEY_IDS.flatMap((key) => [prevColumn(key, false), prevColumn(key, true)])
const PAGE_PREV_COLUMNS = [prevColumn('page', false), prevColumn('page', true)]

/** lag() per key over the visits of `source`: when the visitor's previous visit with the same value started. */
const lags = (source: string, ids: string, real: boolean, keys: [string, string][]): string => `SELECT ${ids}, ${keys
  .map(([column, value]) => `lag(v.started_at) OVER (PARTITION BY v.distinct_id, ${value} ORDER BY v.started_at, v.session_id) AS ${prevColumn(column as never, real)}`)
  .join(',\n    ')}
  FROM ${source} v${real ? ' WHERE NOT v.is_simulated' : ''}`

const SESSION_KEYS: [string, string][] = VISITOR_KEY_IDS.map((key) => [key, VISITOR_KEYS[key].replace(/\b(device_type|browser|os|channel|referring_domain|utm_source|utm_medium|utm_campaign|landing_page)\b/g, 'v.$1')])
const PAGE_KEYS: [string, string][] = [['page', 'v.pathname']]

/**
 * The stored rows of the touched visitors, but for the touched visits (recomputed). Visits
 * without a visitor id are one visitor, as DISTINCT counts them; they get their own branch
 * because an OR would turn the index lookup into a scan of the whole rollup.
 */
const ofTouchedVisitors = (table: string): string => `(
    SELECT * FROM ${table} WHERE distinct_id IN (SELECT distinct_id FROM touched_visitors)
    UNION ALL
    SELECT * FROM ${table} WHERE distinct_id IS NULL AND EXISTS (SELECT 1 FROM touched_visitors WHERE distinct_id IS NULL)
  ) r
  WHERE r.session_id NOT IN (SELECT session_id FROM touched)`

const changed = (columns: string[]) => columns.map((column) => `r.${column} IS DISTINCT FROM l.${column}`).join(' OR ')

/**
 * One statement, hence one transaction: the state row is locked first, so two refreshes run one
 * after the other and never interleave their deletes and inserts.
 */
export const REFRESH_ROLLUPS_SQL = `
WITH state AS (
  SELECT watermark FROM captured_rollup_state WHERE id = 1 FOR UPDATE
),
touched AS (
  -- The watermark comes as a parameter (read just before) rather than from the state row:
  -- Postgres then plans with its value and knows how few events are new. A refresh that moved
  -- it meanwhile only makes this one redo more visits, which changes nothing.
  SELECT DISTINCT e.session_id FROM captured_event e, state
  WHERE e.created_at >= $1::timestamptz - interval '${ROLLUP_MARGIN}' AND e.session_id IS NOT NULL
),
-- LATERAL (kept apart by OFFSET 0): one index lookup (session_id, timestamp) per touched visit. A plain join lets the
-- planner, which cannot estimate how many visits were touched, hash the whole event table
-- (measured: 10 s for 1,000 late events over 1M rows, instead of well under a second).
visit_events AS (
  SELECT e.* FROM touched t
  CROSS JOIN LATERAL (SELECT * FROM captured_event e WHERE e.session_id = t.session_id AND ${VISIT_EVENT} OFFSET 0) e
),
fresh_sessions AS (
  SELECT e.session_id,
    min(e.distinct_id) AS distinct_id,
    min(e."timestamp") AS started_at,
    max(e."timestamp") AS ended_at,
    count(*) FILTER (WHERE e.event = ${EVENT.pageview})::int AS pageviews,
    count(*) FILTER (WHERE e.event NOT IN (${PASSIVE_EVENTS_LIST}))::int AS interactions,
    bool_or(e.event = ${EVENT.productViewed}) AS viewed_product,
    bool_or(e.event = ${EVENT.addedToCart}) AS added_to_cart,
    bool_or(e.event = ${EVENT.checkoutStarted}) AS started_checkout,
    bool_or(e.is_simulated) AS is_simulated,
    ${first('channel')}, ${first('referring_domain')}, ${first('utm_source')}, ${first('utm_medium')},
    ${first('utm_campaign')}, ${first('device_type')}, ${first('browser')}, ${first('os')},
    ${first('pathname', 'landing_page', `e.event = ${EVENT.pageview} AND e.pathname IS NOT NULL`)}
  FROM visit_events e GROUP BY e.session_id
),
fresh_pages AS (
  SELECT e.session_id, e.pathname, min(s.distinct_id) AS distinct_id, min(s.started_at) AS started_at,
    bool_or(s.is_simulated) AS is_simulated, count(*)::int AS pageviews
  FROM visit_events e JOIN fresh_sessions s USING (session_id)
  WHERE e.event = ${EVENT.pageview} AND e.pathname IS NOT NULL
  GROUP BY e.session_id, e.pathname
),
fresh_products AS (
  SELECT e.session_id, e.properties->>'product_id' AS product_id,
    (array_agg(e.properties->>'product_title') FILTER (WHERE e.properties->>'product_title' IS NOT NULL))[1] AS title,
    min(s.started_at) AS started_at, bool_or(s.is_simulated) AS is_simulated,
    count(*) FILTER (WHERE e.event = ${EVENT.productViewed})::int AS views,
    count(*) FILTER (WHERE e.event = ${EVENT.addedToCart})::int AS add_to_carts
  FROM visit_events e JOIN fresh_sessions s USING (session_id)
  WHERE e.event IN (${EVENT.productViewed}, ${EVENT.addedToCart}) AND e.properties->>'product_id' IS NOT NULL
  GROUP BY e.session_id, e.properties->>'product_id'
),
-- Every visit of the visitors touched (their stored visits, the touched ones as recomputed), and
-- when each one's previous visit started, per key.
touched_visitors AS (
  SELECT DISTINCT e.distinct_id FROM visit_events e
  UNION SELECT r.distinct_id FROM captured_session r JOIN touched t USING (session_id)
),
visitor_sessions AS (
  SELECT r.session_id, r.distinct_id, r.started_at, r.is_simulated, r.device_type, r.browser, r.os,
    r.channel, r.referring_domain, r.utm_source, r.utm_medium, r.utm_campaign, r.landing_page
  FROM ${ofTouchedVisitors('captured_session')}
  UNION ALL
  SELECT f.session_id, f.distinct_id, f.started_at, f.is_simulated, f.device_type, f.browser, f.os,
    f.channel, f.referring_domain, f.utm_source, f.utm_medium, f.utm_campaign, f.landing_page
  FROM fresh_sessions f
),
session_links AS (
  SELECT a.*, ${VISITOR_KEY_IDS.map((key) => `r.${prevColumn(key, true)}`).join(', ')}
  FROM (${lags('visitor_sessions', 'v.session_id', false, SESSION_KEYS)}) a
  LEFT JOIN (${lags('visitor_sessions', 'v.session_id', true, SESSION_KEYS)}) r USING (session_id)
),
visitor_pages AS (
  SELECT r.session_id, r.pathname, r.distinct_id, r.started_at, r.is_simulated
  FROM ${ofTouchedVisitors('captured_session_page')}
  UNION ALL
  SELECT f.session_id, f.pathname, f.distinct_id, f.started_at, f.is_simulated FROM fresh_pages f
),
page_links AS (
  SELECT a.*, r.${prevColumn('page', true)}
  FROM (${lags('visitor_pages', 'v.session_id, v.pathname', false, PAGE_KEYS)}) a
  LEFT JOIN (${lags('visitor_pages', 'v.session_id, v.pathname', true, PAGE_KEYS)}) r USING (session_id, pathname)
),
relinked_sessions AS (
  UPDATE captured_session r SET ${SESSION_PREV_COLUMNS.map((column) => `${column} = l.${column}`).join(', ')}
  FROM session_links l
  WHERE r.session_id = l.session_id AND r.session_id NOT IN (SELECT session_id FROM touched) AND (${changed(SESSION_PREV_COLUMNS)})
),
relinked_pages AS (
  UPDATE captured_session_page r SET ${PAGE_PREV_COLUMNS.map((column) => `${column} = l.${column}`).join(', ')}
  FROM page_links l
  WHERE r.session_id = l.session_id AND r.pathname = l.pathname AND r.session_id NOT IN (SELECT session_id FROM touched)
    AND (${changed(PAGE_PREV_COLUMNS)})
),
-- NOT IN over a CTE is a hashed lookup; NOT EXISTS became a nested loop over the CTE (quadratic).
dropped_sessions AS (
  DELETE FROM captured_session r USING touched t
  WHERE r.session_id = t.session_id AND r.session_id NOT IN (SELECT f.session_id FROM fresh_sessions f)
),
dropped_pages AS (
  DELETE FROM captured_session_page r USING touched t
  WHERE r.session_id = t.session_id
    AND (r.session_id, r.pathname) NOT IN (SELECT f.session_id, f.pathname FROM fresh_pages f)
),
dropped_products AS (
  DELETE FROM captured_session_product r USING touched t
  WHERE r.session_id = t.session_id
    AND (r.session_id, r.product_id) NOT IN (SELECT f.session_id, f.product_id FROM fresh_products f)
),
saved_sessions AS (
  INSERT INTO captured_session AS r (${SESSION_COLUMNS.join(', ')}, ${SESSION_PREV_COLUMNS.join(', ')})
  SELECT ${SESSION_COLUMNS.map((column) => `f.${column}`).join(', ')}, ${SESSION_PREV_COLUMNS.map((column) => `l.${column}`).join(', ')}
  FROM fresh_sessions f JOIN session_links l USING (session_id)
  ON CONFLICT (session_id) DO UPDATE SET
    distinct_id = excluded.distinct_id, started_at = excluded.started_at, ended_at = excluded.ended_at,
    pageviews = excluded.pageviews, interactions = excluded.interactions, viewed_product = excluded.viewed_product,
    added_to_cart = excluded.added_to_cart, started_checkout = excluded.started_checkout,
    is_simulated = excluded.is_simulated, channel = excluded.channel, referring_domain = excluded.referring_domain,
    utm_source = excluded.utm_source, utm_medium = excluded.utm_medium, utm_campaign = excluded.utm_campaign,
    device_type = excluded.device_type, browser = excluded.browser, os = excluded.os, landing_page = excluded.landing_page,
    ${SESSION_PREV_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}
  RETURNING 1
),
saved_pages AS (
  INSERT INTO captured_session_page AS r (session_id, pathname, distinct_id, started_at, is_simulated, pageviews, ${PAGE_PREV_COLUMNS.join(', ')})
  SELECT f.session_id, f.pathname, f.distinct_id, f.started_at, f.is_simulated, f.pageviews, ${PAGE_PREV_COLUMNS.map((column) => `l.${column}`).join(', ')}
  FROM fresh_pages f JOIN page_links l USING (session_id, pathname)
  ON CONFLICT (session_id, pathname) DO UPDATE SET
    distinct_id = excluded.distinct_id, started_at = excluded.started_at, is_simulated = excluded.is_simulated,
    pageviews = excluded.pageviews, ${PAGE_PREV_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}
),
saved_products AS (
  INSERT INTO captured_session_product AS r (session_id, product_id, title, started_at, is_simulated, views, add_to_carts)
  SELECT session_id, product_id, title, started_at, is_simulated, views, add_to_carts FROM fresh_products
  ON CONFLICT (session_id, product_id) DO UPDATE SET
    title = excluded.title, started_at = excluded.started_at, is_simulated = excluded.is_simulated,
    views = excluded.views, add_to_carts = excluded.add_to_carts
),
moved AS (
  UPDATE captured_rollup_state SET watermark = now() WHERE id = 1
)
SELECT (SELECT count(*) FROM touched) AS sessions`

/** Brings the rollups up to date with the events inserted since the last refresh; returns the visits recomputed. */
export async function refreshRollups(query: QueryFn): Promise<number> {
  const [state] = await query(`SELECT watermark::text AS watermark FROM captured_rollup_state WHERE id = 1`, [])
  const [row] = await query(REFRESH_ROLLUPS_SQL, [state?.watermark ?? '-infinity'])
  return Number(row?.sessions ?? 0)
}

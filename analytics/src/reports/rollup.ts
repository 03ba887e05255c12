import { EVENT, ORDER_CART_JOINS, ORDER_SESSION_SQL, PASSIVE_EVENTS_LIST, SERVER_EVENTS_LIST } from './sql'
import type { QueryFn } from './types'
import { VISITOR_KEYS, VISITOR_KEY_IDS, prevColumn } from './visitor-keys'

// The reports read rollups of the events (tables created by the backend's event-store
// migrations): one row per visit (captured_session), per visit and page (captured_session_page),
// per visit and product (captured_session_product), per search (captured_search: the events'
// JSON properties are too costly to read from the event table for every report).
//
// Correctness with late and duplicate events: duplicates never reach the table (the event uuid
// is its primary key). Every refresh recomputes, from all their events, the visits that received
// an event since the previous refresh, found by insertion time (created_at) rather than event
// time, so an event arriving days late still lands in its visit.
//
// Which events are new: created_at is the inserting transaction's start, so an ingest
// transaction still open when a refresh reads commits later with a created_at the refresh has
// already passed. The state row keeps two instants: `watermark`, the latest created_at taken in,
// and `refreshed_at`, when the last refresh started (its snapshot is no older). A refresh takes
// every event created after the watermark (whatever its transaction's length: nothing after it
// was seen), and every event created since refreshed_at minus ROLLUP_MARGIN (a transaction open
// during the last refresh and shorter than the margin started then). Storing now() alone as the
// watermark would lose a transaction that started before the margin and committed after the
// refresh; storing max(created_at) alone, with the margin before it, would retake a bulk write
// (thousands of events sharing one created_at) on every refresh for ever.
//
// Each visit row also links to its visitor's previous visit (visitor-keys.ts). A late visit
// changes the links of the visitor's later visits, so a refresh recomputes them over every visit
// of the visitors it touched, and rewrites the links that changed.
//
// The order rollup (captured_order_visit) says, per Medusa order, which visit it came from and
// whether that visit is simulated, so that reports need not look every order's visit up. The
// refresh adds the orders it has not seen (a hashed anti-join over the order table, small next
// to the events) and re-flags the orders of the visits it recomputes: a late event that makes a
// visit simulated reaches its orders. The reports check that the row names the order's current
// visit (sql.ts, ORDERS_CTE). Left open: two refreshes at once, an order placed during the first
// and its visit's flag changed by the second, which cannot see the order's new row.
//
// Two plans for the same statement: a few new events (the ingest's steady trickle, late events)
// take their visits one index lookup at a time; a bulk write (the market simulator's history,
// an import) takes them in one pass over the events with hash joins, as a rebuild would.

/**
 * How far back before the previous refresh a refresh looks. Ingest transactions last
 * milliseconds; the cost of the margin is that visits touched in the minute before a refresh are
 * recomputed by the next one too.
 */
export const ROLLUP_MARGIN = '1 minute'

/**
 * Share of the stored events from which the new ones are taken in one pass (hash joins) rather
 * than visit by visit: index lookups cost ~0.1 ms per visit of ~4 events (24.6 s for the 234,375
 * visits of the 1M-event bench), the pass costs a scan of the whole event table however few are
 * new, so the lookups win up to a few percent of the table. Never below BULK_MIN_EVENTS.
 */
export const BULK_SHARE = 0.05
export const BULK_MIN_EVENTS = 10_000

const VISIT_EVENT = `e.deleted_at IS NULL AND e.is_bot = false AND e.event NOT IN (${SERVER_EVENTS_LIST})`

/**
 * What the rollups read of a visit's events: the events are held once for the whole statement,
 * and their properties (JSON) would make them many times larger (spilled to disk in a bulk).
 */
const VISIT_EVENT_COLUMNS = `e.uuid, e.session_id, e.distinct_id, e."timestamp", e.event, e.is_simulated, e.pathname, e.channel,
    e.referring_domain, e.utm_source, e.utm_medium, e.utm_campaign, e.device_type, e.browser, e.os,
    e.properties->>'product_id' AS product_id, e.properties->>'product_title' AS product_title,
    e.properties->>'query' AS search_query, e.properties->>'results_count' AS search_results`

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
 * `alias`'s columns are not among the rows of the CTE `source`. Few rows: NOT IN, a hashed
 * lookup (NOT EXISTS became a nested loop over the CTE, quadratic). A bulk refresh: NOT EXISTS,
 * which Postgres hashes as an anti-join, because NOT IN stops hashing once the CTE would outgrow
 * work_mem and compares row by row (quadratic again: the minutes a bulk refresh used to take).
 */
const absent = (bulk: boolean, alias: string, columns: string[], source: string): string =>
  bulk
    ? `NOT EXISTS (SELECT 1 FROM ${source} x WHERE ${columns.map((column) => `x.${column} = ${alias}.${column}`).join(' AND ')})`
    : `(${columns.map((column) => `${alias}.${column}`).join(', ')}) NOT IN (SELECT ${columns.join(', ')} FROM ${source})`

/**
 * The stored rows of the touched visitors, but for the touched visits (recomputed). Visits
 * without a visitor id are one visitor, as DISTINCT counts them; they get their own branch
 * because an OR would turn the index lookup into a scan of the whole rollup.
 */
const ofTouchedVisitors = (table: string, bulk: boolean): string => `(
    SELECT * FROM ${table} WHERE distinct_id IN (SELECT distinct_id FROM touched_visitors)
    UNION ALL
    SELECT * FROM ${table} WHERE distinct_id IS NULL AND EXISTS (SELECT 1 FROM touched_visitors WHERE distinct_id IS NULL)
  ) r
  WHERE ${absent(bulk, 'r', ['session_id'], 'touched')}`

/**
 * An upsert's update of `columns`, only where one of them changes: a refresh that takes visits
 * again (the margin, a bulk write retaken) writes no new row version for what stayed the same.
 */
const updateChanged = (columns: string[]): string =>
  `${columns.map((column) => `${column} = excluded.${column}`).join(', ')}
  WHERE (${columns.map((column) => `r.${column}`).join(', ')}) IS DISTINCT FROM (${columns.map((column) => `excluded.${column}`).join(', ')})`

const changed = (columns: string[]) => columns.map((column) => `r.${column} IS DISTINCT FROM l.${column}`).join(' OR ')

/**
 * One statement, hence one transaction: the state row is locked first, so two refreshes run one
 * after the other and never interleave their deletes and inserts.
 */
const refreshSql = (bulk: boolean): string => `
WITH state AS (
  SELECT watermark FROM captured_rollup_state WHERE id = 1 FOR UPDATE
),
new_events AS (
  -- The lower bound comes as a parameter (read just before, see refreshRollups) rather than from
  -- the state row: Postgres then plans with its value and knows how few events are new. A
  -- refresh that moved it meanwhile only makes this one redo more visits, which changes nothing.
  SELECT e.session_id, e.created_at FROM captured_event e, state WHERE e.created_at >= $1::timestamptz
),
touched AS (
  SELECT DISTINCT session_id FROM new_events WHERE session_id IS NOT NULL
),
${bulk ? `-- Bulk: one pass over the events, hashed against the touched visits.
visit_events AS (
  SELECT ${VISIT_EVENT_COLUMNS} FROM captured_event e WHERE e.session_id IN (SELECT session_id FROM touched) AND ${VISIT_EVENT}
),` : `-- LATERAL (kept apart by OFFSET 0): one index lookup (session_id, timestamp) per touched visit. A plain join lets the
-- planner, which cannot estimate how many visits were touched, hash the whole event table
-- (measured: 10 s for 1,000 late events over 1M rows, instead of well under a second).
visit_events AS (
  SELECT ${VISIT_EVENT_COLUMNS} FROM touched t
  CROSS JOIN LATERAL (SELECT * FROM captured_event e WHERE e.session_id = t.session_id AND ${VISIT_EVENT} OFFSET 0) e
),`}
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
  SELECT e.session_id, e.product_id,
    (array_agg(e.product_title) FILTER (WHERE e.product_title IS NOT NULL))[1] AS title,
    min(s.started_at) AS started_at, bool_or(s.is_simulated) AS is_simulated,
    count(*) FILTER (WHERE e.event = ${EVENT.productViewed})::int AS views,
    count(*) FILTER (WHERE e.event = ${EVENT.addedToCart})::int AS add_to_carts
  FROM visit_events e JOIN fresh_sessions s USING (session_id)
  WHERE e.event IN (${EVENT.productViewed}, ${EVENT.addedToCart}) AND e.product_id IS NOT NULL
  GROUP BY e.session_id, e.product_id
),
-- Searches with a query and a whole result count (Migration20261129220000 filled the table by the same rules).
fresh_searches AS (
  SELECT e.uuid, e.session_id, e."timestamp", e.is_simulated, lower(btrim(e.search_query)) AS term, e.search_results::numeric AS results_count
  FROM visit_events e
  WHERE e.event = ${EVENT.searchPerformed} AND btrim(COALESCE(e.search_query, '')) <> '' AND COALESCE(e.search_results, '') ~ '^[0-9]+$'
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
  FROM ${ofTouchedVisitors('captured_session', bulk)}
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
  FROM ${ofTouchedVisitors('captured_session_page', bulk)}
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
  WHERE r.session_id = l.session_id AND ${absent(bulk, 'r', ['session_id'], 'touched')} AND (${changed(SESSION_PREV_COLUMNS)})
),
relinked_pages AS (
  UPDATE captured_session_page r SET ${PAGE_PREV_COLUMNS.map((column) => `${column} = l.${column}`).join(', ')}
  FROM page_links l
  WHERE r.session_id = l.session_id AND r.pathname = l.pathname AND ${absent(bulk, 'r', ['session_id'], 'touched')}
    AND (${changed(PAGE_PREV_COLUMNS)})
),
dropped_sessions AS (
  DELETE FROM captured_session r USING touched t
  WHERE r.session_id = t.session_id AND ${absent(bulk, 'r', ['session_id'], 'fresh_sessions')}
),
dropped_pages AS (
  DELETE FROM captured_session_page r USING touched t
  WHERE r.session_id = t.session_id
    AND ${absent(bulk, 'r', ['session_id', 'pathname'], 'fresh_pages')}
),
dropped_products AS (
  DELETE FROM captured_session_product r USING touched t
  WHERE r.session_id = t.session_id
    AND ${absent(bulk, 'r', ['session_id', 'product_id'], 'fresh_products')}
),
dropped_searches AS (
  DELETE FROM captured_search r USING touched t
  WHERE r.session_id = t.session_id AND ${absent(bulk, 'r', ['uuid'], 'fresh_searches')}
),
saved_sessions AS (
  INSERT INTO captured_session AS r (${SESSION_COLUMNS.join(', ')}, ${SESSION_PREV_COLUMNS.join(', ')})
  SELECT ${SESSION_COLUMNS.map((column) => `f.${column}`).join(', ')}, ${SESSION_PREV_COLUMNS.map((column) => `l.${column}`).join(', ')}
  FROM fresh_sessions f JOIN session_links l USING (session_id)
  ON CONFLICT (session_id) DO UPDATE SET ${updateChanged([...SESSION_COLUMNS.slice(1), ...SESSION_PREV_COLUMNS])}
  RETURNING 1
),
saved_pages AS (
  INSERT INTO captured_session_page AS r (session_id, pathname, distinct_id, started_at, is_simulated, pageviews, ${PAGE_PREV_COLUMNS.join(', ')})
  SELECT f.session_id, f.pathname, f.distinct_id, f.started_at, f.is_simulated, f.pageviews, ${PAGE_PREV_COLUMNS.map((column) => `l.${column}`).join(', ')}
  FROM fresh_pages f JOIN page_links l USING (session_id, pathname)
  ON CONFLICT (session_id, pathname) DO UPDATE SET ${updateChanged(['distinct_id', 'started_at', 'is_simulated', 'pageviews', ...PAGE_PREV_COLUMNS])}
),
saved_products AS (
  INSERT INTO captured_session_product AS r (session_id, product_id, title, started_at, is_simulated, views, add_to_carts)
  SELECT session_id, product_id, title, started_at, is_simulated, views, add_to_carts FROM fresh_products
  ON CONFLICT (session_id, product_id) DO UPDATE SET ${updateChanged(['title', 'started_at', 'is_simulated', 'views', 'add_to_carts'])}
),
saved_searches AS (
  INSERT INTO captured_search AS r (uuid, session_id, "timestamp", is_simulated, term, results_count)
  SELECT uuid, session_id, "timestamp", is_simulated, term, results_count FROM fresh_searches
  ON CONFLICT (uuid) DO UPDATE SET ${updateChanged(['session_id', '"timestamp"', 'is_simulated', 'term', 'results_count'])}
),
reflagged_orders AS (
  UPDATE captured_order_visit v SET visit_simulated = COALESCE(f.is_simulated, false)
  FROM touched t LEFT JOIN fresh_sessions f USING (session_id)
  WHERE v.session_id = t.session_id AND v.visit_simulated IS DISTINCT FROM COALESCE(f.is_simulated, false)
),
matched_orders AS (
  INSERT INTO captured_order_visit (order_id, session_id, visit_simulated)
  SELECT m.id, m.session_id,
    CASE WHEN t.session_id IS NOT NULL THEN COALESCE(f.is_simulated, false) ELSE COALESCE(se.is_simulated, false) END
  FROM (
    SELECT o.id, ${ORDER_SESSION_SQL} AS session_id FROM "order" o
    ${ORDER_CART_JOINS}
    WHERE NOT EXISTS (SELECT 1 FROM captured_order_visit v WHERE v.order_id = o.id)
  ) m
  LEFT JOIN touched t ON t.session_id = m.session_id
  LEFT JOIN fresh_sessions f ON f.session_id = m.session_id
  LEFT JOIN captured_session se ON se.session_id = m.session_id
  -- An order linked to two carts is matched once (the reports re-check the visit anyway).
  ON CONFLICT (order_id) DO NOTHING
),
moved AS (
  -- now(), the transaction's start, is no later than the statement's snapshot. Two refreshes at
  -- once: the second one waits for the lock but reads with its snapshot from before the wait, so
  -- it may write rows older than the first one's; its own (earlier) instants then make the next
  -- refresh take those events again.
  UPDATE captured_rollup_state SET watermark = COALESCE((SELECT max(created_at) FROM new_events), watermark), refreshed_at = now()
  WHERE id = 1
)
SELECT (SELECT count(*) FROM touched) AS sessions`

/** The refresh for a few new events (one index lookup per touched visit). */
export const REFRESH_ROLLUPS_SQL = refreshSql(false)
/** The refresh for a bulk write (one pass over the events). */
export const BULK_REFRESH_ROLLUPS_SQL = refreshSql(true)

/**
 * In one round trip: the lower bound of the new events' created_at (see the top of this file:
 * after the watermark, +1 µs, timestamptz's resolution, so that the watermark's own events stay
 * out; or since the margin before the last refresh, whichever is earlier), the bulk threshold
 * (from the planner's estimate of the event count: no count(*) over millions of rows), and how
 * many events were created since, counted up to that threshold only.
 */
const PROBE_SQL = `WITH bound AS (
  SELECT LEAST(watermark + interval '1 microsecond', refreshed_at - interval '${ROLLUP_MARGIN}') AS since,
    GREATEST(${BULK_MIN_EVENTS}, (SELECT reltuples FROM pg_class WHERE oid = 'captured_event'::regclass) * ${BULK_SHARE})::bigint AS bulk_events
  FROM captured_rollup_state WHERE id = 1
)
SELECT b.since::text AS since, b.bulk_events,
  (SELECT count(*) FROM (SELECT 1 FROM captured_event e WHERE e.created_at >= b.since LIMIT b.bulk_events) n) AS events
FROM bound b`

/**
 * Brings the rollups up to date with the events inserted since the last refresh; returns the
 * visits recomputed. With no new event it writes nothing, not even the state: every report
 * starts with a refresh, and an idle one then costs one small query. Orders placed meanwhile wait
 * for the next refresh with events (the reports look their visit up until then: sql.ts).
 */
export async function refreshRollups(query: QueryFn): Promise<number> {
  const [probe] = await query(PROBE_SQL, [])
  const events = Number(probe?.events ?? 0)
  if (probe === undefined || events === 0) return 0
  const bulk = events >= Number(probe.bulk_events)
  const [row] = await query(bulk ? BULK_REFRESH_ROLLUPS_SQL : REFRESH_ROLLUPS_SQL, [String(probe.since)])
  return Number(row?.sessions ?? 0)
}

import { EVENT, PASSIVE_EVENTS_LIST, SERVER_EVENTS_LIST } from './sql'
import type { QueryFn } from './types'

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

/**
 * How far back a refresh looks before its watermark. Ingest transactions last milliseconds; the
 * cost of the margin is that visits touched in the last minute are recomputed by the next refresh
 * too (after a bulk import of history, the refreshes of the following minute redo it).
 */
export const ROLLUP_MARGIN = '1 minute'

const VISIT_EVENT = `e.deleted_at IS NULL AND e.is_bot = false AND e.event NOT IN (${SERVER_EVENTS_LIST})`

const first = (column: string, alias = column, condition = `e.${column} IS NOT NULL`) =>
  `(array_agg(e.${column} ORDER BY e."timestamp", e.uuid) FILTER (WHERE ${condition}))[1] AS ${alias}`

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
  INSERT INTO captured_session AS r SELECT * FROM fresh_sessions
  ON CONFLICT (session_id) DO UPDATE SET
    distinct_id = excluded.distinct_id, started_at = excluded.started_at, ended_at = excluded.ended_at,
    pageviews = excluded.pageviews, interactions = excluded.interactions, viewed_product = excluded.viewed_product,
    added_to_cart = excluded.added_to_cart, started_checkout = excluded.started_checkout,
    is_simulated = excluded.is_simulated, channel = excluded.channel, referring_domain = excluded.referring_domain,
    utm_source = excluded.utm_source, utm_medium = excluded.utm_medium, utm_campaign = excluded.utm_campaign,
    device_type = excluded.device_type, browser = excluded.browser, os = excluded.os, landing_page = excluded.landing_page
  RETURNING 1
),
saved_pages AS (
  INSERT INTO captured_session_page AS r (session_id, pathname, distinct_id, started_at, is_simulated, pageviews)
  SELECT session_id, pathname, distinct_id, started_at, is_simulated, pageviews FROM fresh_pages
  ON CONFLICT (session_id, pathname) DO UPDATE SET
    distinct_id = excluded.distinct_id, started_at = excluded.started_at, is_simulated = excluded.is_simulated,
    pageviews = excluded.pageviews
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

import { EVENT_TABLE } from "./columns"

/**
 * What ties analytics events to one person (a shop customer): the ids the backend knows. Events
 * never hold a name, an e-mail or an IP address; they hold the posthog-js visitor id
 * (distinct_id, stored on the cart and the order) and, for order events, the order and customer
 * ids. Every visitor id seen on an event of those orders or of that customer is linked too, so
 * the visits that led to an order go with it.
 */
export interface PersonLink {
  customerIds: string[]
  orderIds: string[]
  /** Visitor ids read from the orders' or carts' metadata. */
  distinctIds: string[]
}

// Each list of ids travels as one JSON parameter: any number of ids, one statement text, no
// value in the SQL. personBindings() gives the parameters in placeholder order.
const LINKED_VISITORS = `
linked_visitors AS (
  SELECT jsonb_array_elements_text(?::jsonb) AS distinct_id
  UNION
  SELECT DISTINCT e.distinct_id FROM "${EVENT_TABLE}" e
  WHERE e.distinct_id IS NOT NULL
    AND (e.properties->>'customer_id' IN (SELECT jsonb_array_elements_text(?::jsonb))
      OR e.properties->>'order_id' IN (SELECT jsonb_array_elements_text(?::jsonb)))
)`

const PERSON_EVENTS_WHERE = `
  e.distinct_id IN (SELECT distinct_id FROM linked_visitors)
  OR e.properties->>'customer_id' IN (SELECT jsonb_array_elements_text(?::jsonb))
  OR e.properties->>'order_id' IN (SELECT jsonb_array_elements_text(?::jsonb))`

/** The bindings of the statements below, in placeholder order. */
export function personBindings(link: PersonLink, extra: (string | number)[] = []): (string | number)[] {
  const customers = JSON.stringify(link.customerIds)
  const orders = JSON.stringify(link.orderIds)
  return [JSON.stringify(link.distinctIds), customers, orders, customers, orders, ...extra]
}

/** The person's events, oldest first, at most `?` of them (the export). */
export const SELECT_PERSON_EVENTS_SQL = `
WITH ${LINKED_VISITORS}
SELECT e.uuid, e.event, e.distinct_id, e.session_id, e."timestamp", e.url, e.pathname, e.referrer,
  e.utm_source, e.utm_medium, e.utm_campaign, e.channel, e.device_type, e.browser, e.os, e.properties
FROM "${EVENT_TABLE}" e WHERE ${PERSON_EVENTS_WHERE}
ORDER BY e."timestamp", e.uuid LIMIT ?`

/**
 * Deletes the person's events and the rollup rows of their visits and orders, in one statement
 * (one transaction): a report never sees the visits without their events or the reverse.
 * Bindings: personBindings(link, [the order ids as JSON]).
 */
export const DELETE_PERSON_EVENTS_SQL = `
WITH ${LINKED_VISITORS},
deleted_events AS (
  DELETE FROM "${EVENT_TABLE}" e WHERE ${PERSON_EVENTS_WHERE}
  RETURNING e.session_id
),
sessions AS (
  SELECT DISTINCT session_id FROM deleted_events WHERE session_id IS NOT NULL
  UNION SELECT session_id FROM captured_session WHERE distinct_id IN (SELECT distinct_id FROM linked_visitors)
),
deleted_sessions AS (DELETE FROM captured_session WHERE session_id IN (SELECT session_id FROM sessions) RETURNING 1),
deleted_pages AS (DELETE FROM captured_session_page WHERE session_id IN (SELECT session_id FROM sessions) RETURNING 1),
deleted_products AS (DELETE FROM captured_session_product WHERE session_id IN (SELECT session_id FROM sessions) RETURNING 1),
deleted_searches AS (DELETE FROM captured_search WHERE session_id IN (SELECT session_id FROM sessions) RETURNING 1),
-- Which visit each order came from (Migration20261129210000): the person's orders and visits.
deleted_order_visits AS (
  DELETE FROM captured_order_visit
  WHERE order_id IN (SELECT jsonb_array_elements_text(?::jsonb)) OR session_id IN (SELECT session_id FROM sessions)
  RETURNING 1
)
SELECT (SELECT count(*) FROM deleted_events)::int AS events,
  ((SELECT count(*) FROM deleted_sessions) + (SELECT count(*) FROM deleted_pages) + (SELECT count(*) FROM deleted_products)
    + (SELECT count(*) FROM deleted_searches) + (SELECT count(*) FROM deleted_order_visits))::int AS rollup_rows`

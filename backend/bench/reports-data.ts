import type { Client } from "pg"

// Synthetic shop history for the reports benchmark, written by Postgres itself (generate_series)
// so that a million events take seconds, not minutes. Deterministic: the same count gives the
// same rows. Blocks of 8 events make one or two visits, 11 channels,
// robots (~2 %) and simulated traffic (~20 %); one block in 20 ends with a Medusa order
// (with lines, a promotion on one order in three, the cart's session id in its metadata).

export interface BenchData {
  events: number
  days: number
  /** The history ends here (exclusive). */
  end: Date
}

const CHANNELS = `ARRAY['direct','organic_search','organic_search','referral','organic_social','paid_search','email','direct','organic_search','paid_social']`
const DOMAINS = `ARRAY['$direct','www.google.com','www.bing.com','blog-deco.fr','www.facebook.com','www.google.com','mail.example.fr','$direct','www.qwant.com','www.instagram.com']`
const PAGES = `ARRAY['/fr','/fr/store','/fr/categories/cuisine','/fr/categories/salon','/fr/products/tasse-emaillee-bleue','/fr/products/lampe-laiton','/fr/products/plaid-laine','/fr/collections/noel','/fr/cart','/fr/checkout']`

/** Events `from` (inclusive) to `to` (exclusive) of the history: a big history is written in slices. */
export async function generateEvents(client: Client, data: BenchData, from = 0, to = data.events): Promise<void> {
  await client.query(
    `
    WITH g AS (
      SELECT g, g / 8 AS s, g % 8 AS k, 1 + (((g / 8)::bigint * 7919) % 8)::int AS len FROM generate_series($4::int, $5::int - 1) AS g
    ), keyed AS (
      SELECT g, s, k, len, CASE WHEN k < len THEN s * 8 ELSE s * 8 + 1 END AS key, ((s * 31 + k * 17) % 20) AS h FROM g
    ), shaped AS (
      SELECT *,
        CASE WHEN k = 0 OR k = len THEN '$pageview'
          WHEN h < 8 THEN '$pageview' WHEN h < 13 THEN 'product_viewed' WHEN h < 15 THEN 'product_added_to_cart'
          WHEN h = 15 THEN 'checkout_started' WHEN h = 16 THEN 'search_performed' WHEN h = 17 THEN '$pageleave'
          ELSE 'product_list_viewed' END AS event,
        1 + key % 10 AS c
      FROM keyed
    )
    INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", url, host, pathname,
      referring_domain, utm_source, utm_medium, utm_campaign, channel, device_type, browser, os,
      is_bot, is_simulated, lib, properties)
    SELECT 'bench-' || g, event, 'v' || ((key * 2654435761) % 120000), 's' || key,
      $2::timestamptz - make_interval(secs => $3::float8 * 86400 * (1 - (s * 8)::float8 / $1::int)) + make_interval(secs => k * 40),
      NULL, 'localhost:8000', (${PAGES})[1 + (key + k * 3) % 10],
      (${DOMAINS})[c],
      CASE WHEN c IN (6, 10) THEN 'google' WHEN c = 7 THEN 'newsletter' END,
      CASE WHEN c IN (6, 10) THEN 'cpc' WHEN c = 7 THEN 'email' END,
      CASE WHEN c IN (6, 7, 10) THEN 'noel-' || (key % 3) END,
      (${CHANNELS})[c],
      (ARRAY['desktop','mobile','tablet'])[1 + key % 3], (ARRAY['Chrome','Firefox','Safari','Edge'])[1 + key % 4],
      (ARRAY['Windows','Android','iOS','Mac OS X','Linux'])[1 + key % 5],
      key % 53 = 0, key % 5 = 0, 'web',
      CASE
        WHEN event IN ('product_viewed', 'product_added_to_cart') THEN jsonb_build_object(
          'product_id', 'prod_' || ((h * 7 + key) % 47), 'product_title', 'Produit ' || ((h * 7 + key) % 47), 'variant_id', 'var_' || ((h * 7 + key) % 47), 'quantity', 1)
        WHEN event = 'search_performed' THEN jsonb_build_object('query', (ARRAY['tasse','lampe','plaid','bougie','xyz'])[1 + key % 5], 'results_count', CASE WHEN key % 5 = 4 THEN 0 ELSE 3 + key % 9 END)
        ELSE '{}'::jsonb
      END
    FROM shaped`,
    [data.events, data.end.toISOString(), data.days, from, to]
  )
}

export async function generateOrders(client: Client, data: BenchData): Promise<number> {
  await client.query(`
    INSERT INTO promotion (id, code, type, status, is_automatic) VALUES
      ('promo_bench_1', 'BENCH10', 'standard', 'active', false), ('promo_bench_2', 'LIVRAISON', 'standard', 'active', true)
    ON CONFLICT DO NOTHING`)
  // One order per 20 blocks, placed 10 minutes after the session started.
  const { rowCount } = await client.query(
    `
    WITH s AS (
      SELECT n, n * 8 AS key, $2::timestamptz - make_interval(secs => $3::float8 * 86400 * (1 - (n * 8)::float8 / $1::int)) + interval '10 minutes' AS at
      FROM generate_series(0, $1::int / 8 - 1, 20) AS n
    )
    INSERT INTO "order" (id, currency_code, version, status, metadata, created_at, updated_at)
    SELECT 'order_bench_' || n, 'eur', 1, 'pending', jsonb_build_object('comptoir_session_id', 's' || key), at, at FROM s`,
    [data.events, data.end.toISOString(), data.days]
  )
  await client.query(`
    INSERT INTO order_summary (id, order_id, version, totals)
    SELECT 'ordsum_' || o.id, o.id, 1, jsonb_build_object('original_order_total', 30 + (split_part(o.id, '_', 3)::int % 70), 'current_order_total', 30 + (split_part(o.id, '_', 3)::int % 70))
    FROM "order" o WHERE o.id LIKE 'order_bench_%';
    INSERT INTO order_line_item (id, title, product_id, product_title, unit_price, raw_unit_price)
    SELECT 'oli_' || o.id, 'Produit', 'prod_' || (split_part(o.id, '_', 3)::int % 47), 'Produit ' || (split_part(o.id, '_', 3)::int % 47), 25, '{"value":"25","precision":20}'
    FROM "order" o WHERE o.id LIKE 'order_bench_%';
    INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity,
      return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity)
    SELECT 'orditem_' || o.id, o.id, 1, 'oli_' || o.id, 2, '{"value":"2","precision":20}', 0, 0, 0, 0, 0, 0
    FROM "order" o WHERE o.id LIKE 'order_bench_%';
    INSERT INTO order_promotion (id, order_id, promotion_id)
    SELECT 'ordpromo_' || o.id, o.id, 'promo_bench_1' FROM "order" o WHERE o.id LIKE 'order_bench_%' AND (split_part(o.id, '_', 3)::int / 40) % 3 = 0;
    INSERT INTO order_line_item_adjustment (id, item_id, promotion_id, code, amount, raw_amount)
    SELECT 'oliadj_' || o.id, 'oli_' || o.id, 'promo_bench_1', 'BENCH10', 5, '{"value":"5","precision":20}'
    FROM "order" o WHERE o.id LIKE 'order_bench_%' AND (split_part(o.id, '_', 3)::int / 40) % 3 = 0;
  `)
  return rowCount ?? 0
}

/** Removes what an earlier run generated (rows named bench-…, order_bench_…). */
export async function clearBenchData(client: Client): Promise<void> {
  await client.query(`DELETE FROM captured_event WHERE uuid LIKE 'bench-%'`)
  await client.query(`
    DELETE FROM order_line_item_adjustment WHERE id LIKE 'oliadj_order_bench_%';
    DELETE FROM order_promotion WHERE id LIKE 'ordpromo_order_bench_%';
    DELETE FROM order_item WHERE id LIKE 'orditem_order_bench_%';
    DELETE FROM order_line_item WHERE id LIKE 'oli_order_bench_%';
    DELETE FROM order_summary WHERE id LIKE 'ordsum_order_bench_%';
    DELETE FROM "order" WHERE id LIKE 'order_bench_%';
    DELETE FROM promotion WHERE id LIKE 'promo_bench_%';`)
}

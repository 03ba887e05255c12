import {
  ORDERS_CTE, compacting, limitOf, money, num, numOrNull, periodParams, ratio, text, withCtes,
} from './sql'
import { refreshRollups } from './rollup'
import type { ProductRow, ProductsReport, QueryFn, ReportFilter, SearchTermRow } from './types'

// Produits: interest (views, add to carts) from the visit events, sales (units, revenue) from
// Medusa's order lines, and what visitors searched for in the shop.

const PRODUCTS_SQL = `${withCtes(ORDERS_CTE)},
interest AS (
  SELECT p.product_id, min(p.title) AS title, sum(p.views) AS views, sum(p.add_to_carts) AS add_to_carts,
    count(*) FILTER (WHERE p.views > 0) AS viewing_sessions,
    count(*) FILTER (WHERE p.add_to_carts > 0) AS adding_sessions
  FROM captured_session_product p
  WHERE p.started_at >= $1::timestamptz AND p.started_at < $2::timestamptz AND ($3::boolean OR NOT p.is_simulated)
  GROUP BY p.product_id
),
lines AS (
  SELECT li.product_id, min(COALESCE(li.product_title, li.title)) AS title,
    sum(oi.quantity) AS units,
    sum(COALESCE(oi.unit_price, li.unit_price) * oi.quantity * CASE WHEN li.is_tax_inclusive THEN 1 ELSE 1 + tax.rate END
      - COALESCE((
        SELECT sum(a.amount * CASE WHEN a.is_tax_inclusive THEN 1 ELSE 1 + tax.rate END)
        FROM order_line_item_adjustment a WHERE a.item_id = li.id AND a.deleted_at IS NULL
      ), 0)) AS revenue
  FROM period_orders o
  JOIN "order" ord ON ord.id = o.id
  JOIN order_item oi ON oi.order_id = o.id AND oi.version = ord.version AND oi.deleted_at IS NULL
  JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
  -- Prices and discounts may be stored with or without VAT: everything is brought to VAT included,
  -- as the order total is.
  CROSS JOIN LATERAL (
    SELECT COALESCE(sum(t.rate), 0) / 100 AS rate FROM order_line_item_tax_line t WHERE t.item_id = li.id AND t.deleted_at IS NULL
  ) tax
  WHERE li.product_id IS NOT NULL
  GROUP BY li.product_id
)
SELECT COALESCE(i.product_id, l.product_id) AS product_id, COALESCE(l.title, i.title) AS title,
  COALESCE(i.views, 0) AS views, COALESCE(i.add_to_carts, 0) AS add_to_carts,
  COALESCE(i.viewing_sessions, 0) AS viewing_sessions, COALESCE(i.adding_sessions, 0) AS adding_sessions,
  COALESCE(l.units, 0) AS units, COALESCE(l.revenue, 0) AS revenue
FROM interest i FULL OUTER JOIN lines l ON l.product_id = i.product_id
ORDER BY revenue DESC, views DESC, product_id
LIMIT $6::int`

// The searches come from their rollup (rollup.ts): queries blank or without a whole result
// count are not in it, terms are lower-cased and trimmed.
const SEARCH_SQL = `
SELECT s.term, count(*) AS searches, avg(s.results_count) AS avg_results,
  count(*) FILTER (WHERE s.results_count = 0) AS zero_results
FROM captured_search s
WHERE s."timestamp" >= $1::timestamptz AND s."timestamp" < $2::timestamptz AND ($3::boolean OR NOT s.is_simulated)
GROUP BY s.term
ORDER BY searches DESC, term`

export async function getProducts(rawQuery: QueryFn, filter: ReportFilter): Promise<ProductsReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const limit = limitOf(filter)
  const params = periodParams(filter)
  const products: ProductRow[] = (await query(PRODUCTS_SQL, [...params, limit])).map((row) => ({
    product_id: text(row.product_id),
    title: text(row.title, text(row.product_id)),
    views: num(row.views),
    add_to_carts: num(row.add_to_carts),
    add_to_cart_rate: ratio(num(row.adding_sessions), num(row.viewing_sessions)),
    units_sold: num(row.units),
    revenue: money(row.revenue),
  }))
  const searches = await query(SEARCH_SQL, params)
  const termRow = (row: Record<string, unknown>, searchesOf: number): SearchTermRow => {
    const average = numOrNull(row.avg_results)
    return { term: text(row.term), searches: searchesOf, avg_results: average === null ? null : Math.round(average * 10) / 10 }
  }
  return {
    filter,
    currency: 'eur',
    generatedAt: new Date().toISOString(),
    products,
    search_terms: searches.slice(0, limit).map((row) => termRow(row, num(row.searches))),
    zero_result_terms: searches
      .filter((row) => num(row.zero_results) > 0)
      .sort((a, b) => num(b.zero_results) - num(a.zero_results))
      .slice(0, limit)
      .map((row) => ({ ...termRow(row, num(row.zero_results)), avg_results: 0 })),
  }
}

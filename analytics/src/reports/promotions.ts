import { ORDERS_CTE, change, compacting, money, num, numOrNull, periodParams, ratio, withCtes, type Row } from './sql'
import { refreshRollups } from './rollup'
import type { CampaignRow, MetricValue, PromotionRow, PromotionsReport, QueryFn, ReportFilter, ReportPeriod } from './types'

// Promotions: every figure comes from Medusa (order ↔ promotion links, the adjustments the
// promotions made on order lines and shipping, campaign budgets), none from browser events.

/** Orders of the period, the promotions applied to them and the discount each one gave (also read by compare-promotions.ts). */
export const PROMOTION_ORDERS_CTE = `${withCtes(ORDERS_CTE)},
current_orders AS (
  SELECT o.id, o.total, ord.version FROM period_orders o JOIN "order" ord ON ord.id = o.id
),
adjustments AS (
  -- Discounts brought to VAT included (Medusa stores them without VAT on VAT-inclusive prices),
  -- as the order totals they are compared with.
  SELECT o.id AS order_id, a.promotion_id,
    a.amount * CASE WHEN a.is_tax_inclusive THEN 1 ELSE 1 + COALESCE((
      SELECT sum(t.rate) / 100 FROM order_line_item_tax_line t WHERE t.item_id = a.item_id AND t.deleted_at IS NULL
    ), 0) END AS amount
  FROM current_orders o
  JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
  JOIN order_line_item_adjustment a ON a.item_id = oi.item_id AND a.deleted_at IS NULL
  WHERE a.promotion_id IS NOT NULL
  UNION ALL
  -- Shipping adjustments carry no VAT flag: like line adjustments they are stored without VAT.
  SELECT o.id, a.promotion_id,
    a.amount * (1 + COALESCE((
      SELECT sum(t.rate) / 100 FROM order_shipping_method_tax_line t
      WHERE t.shipping_method_id = a.shipping_method_id AND t.deleted_at IS NULL
    ), 0))
  FROM current_orders o
  JOIN order_shipping os ON os.order_id = o.id AND os.version = o.version AND os.deleted_at IS NULL
  JOIN order_shipping_method_adjustment a ON a.shipping_method_id = os.shipping_method_id AND a.deleted_at IS NULL
  WHERE a.promotion_id IS NOT NULL
),
order_promotions AS (
  SELECT link.order_id, link.promotion_id FROM order_promotion link
  WHERE link.deleted_at IS NULL AND link.order_id IN (SELECT id FROM current_orders)
  UNION
  SELECT order_id, promotion_id FROM adjustments
),
usage AS (
  SELECT op.order_id, op.promotion_id, o.total,
    COALESCE((SELECT sum(a.amount) FROM adjustments a WHERE a.order_id = op.order_id AND a.promotion_id = op.promotion_id), 0) AS discount
  FROM order_promotions op JOIN current_orders o ON o.id = op.order_id
)`

const PROMOTIONS_SQL = `${PROMOTION_ORDERS_CTE},
per_promotion AS (
  SELECT promotion_id, count(*) AS orders, sum(total) AS revenue, sum(discount) AS discount
  FROM usage GROUP BY promotion_id
)
SELECT p.id AS promotion_id, p.code, p.is_automatic, p.used, c.id AS campaign_id, c.name AS campaign_name,
  b.type AS budget_type, b."limit" AS budget_limit, b.used AS budget_used,
  COALESCE(pp.orders, 0) AS orders, COALESCE(pp.revenue, 0) AS revenue, COALESCE(pp.discount, 0) AS discount,
  (SELECT count(*) FROM current_orders) AS all_orders
FROM promotion p
LEFT JOIN per_promotion pp ON pp.promotion_id = p.id
LEFT JOIN promotion_campaign c ON c.id = p.campaign_id AND c.deleted_at IS NULL
LEFT JOIN promotion_campaign_budget b ON b.campaign_id = c.id AND b.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND (pp.orders IS NOT NULL OR p.status = 'active')
ORDER BY orders DESC, p.code, p.id`

const CAMPAIGNS_SQL = `${PROMOTION_ORDERS_CTE},
per_order AS (
  SELECT p.campaign_id, u.order_id, min(u.total) AS total, sum(u.discount) AS discount
  FROM usage u JOIN promotion p ON p.id = u.promotion_id
  WHERE p.campaign_id IS NOT NULL GROUP BY 1, 2
),
per_campaign AS (
  SELECT campaign_id, count(*) AS orders, sum(total) AS revenue, sum(discount) AS discount FROM per_order GROUP BY 1
)
SELECT c.id AS campaign_id, c.name AS campaign_name, b.type AS budget_type, b."limit" AS budget_limit, b.used AS budget_used,
  COALESCE(pc.orders, 0) AS orders, COALESCE(pc.revenue, 0) AS revenue, COALESCE(pc.discount, 0) AS discount,
  (SELECT count(*) FROM current_orders) AS all_orders
FROM promotion_campaign c
LEFT JOIN per_campaign pc ON pc.campaign_id = c.id
LEFT JOIN promotion_campaign_budget b ON b.campaign_id = c.id AND b.deleted_at IS NULL
WHERE c.deleted_at IS NULL
  AND (pc.orders IS NOT NULL OR ((c.starts_at IS NULL OR c.starts_at < $2::timestamptz) AND (c.ends_at IS NULL OR c.ends_at >= $1::timestamptz)))
ORDER BY orders DESC, c.name`

const TOTALS_SQL = `${PROMOTION_ORDERS_CTE},
flagged AS (
  SELECT o.id, o.total, EXISTS (SELECT 1 FROM order_promotions op WHERE op.order_id = o.id) AS promoted,
    COALESCE((SELECT sum(a.amount) FROM adjustments a WHERE a.order_id = o.id), 0) AS discount
  FROM current_orders o
)
SELECT count(*) FILTER (WHERE promoted) AS promoted_orders,
  COALESCE(sum(total) FILTER (WHERE promoted), 0) AS promoted_revenue,
  count(*) FILTER (WHERE NOT promoted) AS plain_orders,
  COALESCE(sum(total) FILTER (WHERE NOT promoted), 0) AS plain_revenue,
  COALESCE(sum(discount), 0) AS discount
FROM flagged`

type BudgetType = 'spend' | 'usage'

export function budget(row: Row): Pick<PromotionRow, 'budget_type' | 'budget_limit' | 'budget_used' | 'budget_consumed'> {
  const raw = typeof row.budget_type === 'string' ? row.budget_type : null
  // Medusa's "…_by_attribute" budgets count the same unit, per customer attribute.
  const type: BudgetType | null = raw === null ? null : raw.startsWith('spend') ? 'spend' : 'usage'
  const limit = numOrNull(row.budget_limit)
  const used = raw === null ? null : num(row.budget_used)
  return {
    budget_type: type,
    budget_limit: limit,
    budget_used: used,
    budget_consumed: limit !== null && used !== null ? ratio(used, limit) : null,
  }
}

interface Totals {
  withPromotion: number | null
  withoutPromotion: number | null
  promotedOrders: number
  discount: number
}

async function totals(query: QueryFn, filter: ReportFilter, period: ReportPeriod): Promise<Totals> {
  const [row = {}] = await query(TOTALS_SQL, periodParams(filter, period))
  const promoted = num(row.promoted_orders)
  const plain = num(row.plain_orders)
  return {
    withPromotion: promoted > 0 ? money(num(row.promoted_revenue) / promoted) : null,
    withoutPromotion: plain > 0 ? money(num(row.plain_revenue) / plain) : null,
    promotedOrders: promoted,
    discount: money(row.discount),
  }
}

function metric(id: string, value: number | null, previous: number | null, compared: boolean): MetricValue {
  return { id, value, previous: compared ? previous : null, change: compared ? change(value, previous) : null }
}

export async function getPromotions(rawQuery: QueryFn, filter: ReportFilter): Promise<PromotionsReport> {
  const query = compacting(rawQuery)
  await refreshRollups(query)
  const params = periodParams(filter)
  const promotions: PromotionRow[] = (await query(PROMOTIONS_SQL, params)).map((row) => {
    const orders = num(row.orders)
    const revenue = money(row.revenue)
    return {
      promotion_id: String(row.promotion_id),
      code: typeof row.code === 'string' ? row.code : null,
      automatic: row.is_automatic === true,
      campaign_id: (row.campaign_id as string | null) ?? null,
      campaign_name: (row.campaign_name as string | null) ?? null,
      orders,
      uses: num(row.used),
      revenue,
      discount: money(row.discount),
      average_basket: orders > 0 ? money(revenue / orders) : null,
      share_of_orders: ratio(orders, num(row.all_orders)),
      ...budget(row),
    }
  })
  const campaigns: CampaignRow[] = (await query(CAMPAIGNS_SQL, params)).map((row) => ({
    campaign_id: String(row.campaign_id),
    campaign_name: String(row.campaign_name),
    orders: num(row.orders),
    revenue: money(row.revenue),
    discount: money(row.discount),
    share_of_orders: ratio(num(row.orders), num(row.all_orders)),
    ...budget(row),
  }))
  const current = await totals(query, filter, filter.period)
  const previous = filter.comparison ? await totals(query, filter, filter.comparison) : null
  const compared = previous !== null
  return {
    filter,
    currency: 'eur',
    generatedAt: new Date().toISOString(),
    promotions,
    campaigns,
    orders_with_promotion: metric('orders_with_promotion', current.promotedOrders, previous?.promotedOrders ?? null, compared),
    average_basket_with_promotion: metric('average_basket_with_promotion', current.withPromotion, previous?.withPromotion ?? null, compared),
    average_basket_without_promotion: metric('average_basket_without_promotion', current.withoutPromotion, previous?.withoutPromotion ?? null, compared),
    discount_total: metric('discount_total', current.discount, previous?.discount ?? null, compared),
  }
}

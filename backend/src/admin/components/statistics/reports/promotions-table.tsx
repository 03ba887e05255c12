import type { PromotionRow } from "@comptoir/analytics"
import { Badge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"
import { BudgetCell } from "./budget-cell"

/** One row per promotion: what it brought (orders, revenue) and what it cost (discount, budget). */
export function PromotionsTable({ rows, currency }: { rows: readonly PromotionRow[]; currency: string }) {
  const m = messages.promotions
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.promotion_id}
      empty={messages.empty.promotions}
      columns={[
        textColumn<PromotionRow>("promotion", m.promotion, (row) => (
          <Link to={`/promotions/${row.promotion_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {row.code ? <Badge size="2xsmall">{row.code}</Badge> : m.automatic}
          </Link>
        )),
        textColumn<PromotionRow>("campaign", m.campaign, (row) => row.campaign_name ?? "—"),
        indicatorColumn<PromotionRow>("promotion_uses", (row) => row.uses),
        indicatorColumn<PromotionRow>("promotion_orders", (row) => row.orders),
        indicatorColumn<PromotionRow>("promotion_revenue", (row) => row.revenue, currency),
        indicatorColumn<PromotionRow>("discount", (row) => row.discount, currency),
        indicatorColumn<PromotionRow>("average_basket", (row) => row.average_basket, currency),
        indicatorColumn<PromotionRow>("share_of_orders", (row) => row.share_of_orders),
        {
          id: "budget_used",
          header: indicator("budget_used").label_fr,
          definition: indicator("budget_used"),
          numeric: true,
          render: (row) => (
            <BudgetCell type={row.budget_type} used={row.budget_used} limit={row.budget_limit} currency={currency} />
          ),
        },
        indicatorColumn<PromotionRow>("budget_consumed", (row) => row.budget_consumed),
      ]}
    />
  )
}

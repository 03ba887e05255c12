import type { CampaignRow } from "@comptoir/analytics"
import { Link } from "react-router-dom"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"
import { BudgetCell } from "./budget-cell"

/** Campaigns group promotions and carry the budget a class sets itself. */
export function CampaignsTable({ rows, currency }: { rows: readonly CampaignRow[]; currency: string }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.campaign_id}
      empty={messages.table.noRows}
      columns={[
        textColumn<CampaignRow>("campaign", messages.promotions.campaign, (row) => (
          <Link
            to={`/campaigns/${row.campaign_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {row.campaign_name}
          </Link>
        )),
        indicatorColumn<CampaignRow>("promotion_orders", (row) => row.orders),
        indicatorColumn<CampaignRow>("promotion_revenue", (row) => row.revenue, currency),
        indicatorColumn<CampaignRow>("discount", (row) => row.discount, currency),
        indicatorColumn<CampaignRow>("share_of_orders", (row) => row.share_of_orders),
        {
          id: "budget_used",
          header: indicator("budget_used").label_fr,
          definition: indicator("budget_used"),
          numeric: true,
          render: (row) => (
            <BudgetCell type={row.budget_type} used={row.budget_used} limit={row.budget_limit} currency={currency} />
          ),
        },
        indicatorColumn<CampaignRow>("budget_consumed", (row) => row.budget_consumed),
      ]}
    />
  )
}

import type { ProductRow } from "@comptoir/analytics"
import { Link } from "react-router-dom"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"

/** Views, add-to-carts and sales per product; the name links to the product in the admin. */
export function ProductsTable({ rows, currency }: { rows: readonly ProductRow[]; currency: string }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.product_id}
      empty={messages.table.noRows}
      columns={[
        textColumn<ProductRow>("title", messages.products.product, (row) => (
          <Link to={`/products/${row.product_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {row.title}
          </Link>
        )),
        indicatorColumn<ProductRow>("product_views", (row) => row.views),
        indicatorColumn<ProductRow>("add_to_carts", (row) => row.add_to_carts),
        indicatorColumn<ProductRow>("add_to_cart_rate", (row) => row.add_to_cart_rate),
        indicatorColumn<ProductRow>("units_sold", (row) => row.units_sold),
        indicatorColumn<ProductRow>("product_revenue", (row) => row.revenue, currency),
      ]}
    />
  )
}

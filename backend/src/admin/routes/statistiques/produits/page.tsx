import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReportPage } from "../../../components/statistics/report-page"
import { ProductsReportView } from "../../../components/statistics/reports/products-report"
import { messages } from "../../../lib/statistics/messages"

const StatisticsProductsPage = () => (
  <ReportPage report="products">{(report, filter) => <ProductsReportView report={report} filter={filter} />}</ReportPage>
)

// A label makes the page a sub-entry of "Statistiques" in the sidebar; the rank keeps the
// reports in reading order (the sidebar otherwise sorts them by path length).
export const config = defineRouteConfig({ label: messages.nav.products, rank: 4 })

export default StatisticsProductsPage

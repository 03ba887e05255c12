import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReportPage } from "../../../components/statistics/report-page"
import { PromotionsReportView } from "../../../components/statistics/reports/promotions-report"
import { messages } from "../../../lib/statistics/messages"

const StatisticsPromotionsPage = () => (
  <ReportPage report="promotions">{(report, filter) => <PromotionsReportView report={report} filter={filter} />}</ReportPage>
)

// A label makes the page a sub-entry of "Statistiques" in the sidebar; the rank keeps the
// reports in reading order (the sidebar otherwise sorts them by path length).
export const config = defineRouteConfig({ label: messages.nav.promotions, rank: 5 })

export default StatisticsPromotionsPage

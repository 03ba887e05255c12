import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReportPage } from "../../../components/statistics/report-page"
import { SeoReportView } from "../../../components/statistics/reports/seo-report"
import { messages } from "../../../lib/statistics/messages"

const StatisticsSeoPage = () => (
  <ReportPage report="referencement">{(report, filter) => <SeoReportView report={report} filter={filter} />}</ReportPage>
)

// A label makes the page a sub-entry of "Statistiques" in the sidebar; the rank keeps the
// reports in reading order (the sidebar otherwise sorts them by path length).
export const config = defineRouteConfig({ label: messages.nav.referencement, rank: 6 })

export default StatisticsSeoPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReportPage } from "../../../components/statistics/report-page"
import { ConversionReportView } from "../../../components/statistics/reports/conversion-report"
import { messages } from "../../../lib/statistics/messages"

const StatisticsConversionPage = () => (
  <ReportPage report="conversion">{(report, filter) => <ConversionReportView report={report} filter={filter} />}</ReportPage>
)

// A label makes the page a sub-entry of "Statistiques" in the sidebar; the rank keeps the
// reports in reading order (the sidebar otherwise sorts them by path length).
export const config = defineRouteConfig({ label: messages.nav.conversion, rank: 3 })

export default StatisticsConversionPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReportPage } from "../../../components/statistics/report-page"
import { TrafficReportView } from "../../../components/statistics/reports/traffic-report"
import { messages } from "../../../lib/statistics/messages"

const StatisticsTrafficPage = () => (
  <ReportPage report="traffic">{(report, filter) => <TrafficReportView report={report} filter={filter} />}</ReportPage>
)

// A label makes the page a sub-entry of "Statistiques" in the sidebar; the rank keeps the
// reports in reading order (the sidebar otherwise sorts them by path length).
export const config = defineRouteConfig({ label: messages.nav.traffic, rank: 1 })

export default StatisticsTrafficPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReportPage } from "../../../components/statistics/report-page"
import { AcquisitionReportView } from "../../../components/statistics/reports/acquisition-report"
import { messages } from "../../../lib/statistics/messages"

const StatisticsAcquisitionPage = () => (
  <ReportPage report="acquisition">{(report, filter) => <AcquisitionReportView report={report} filter={filter} />}</ReportPage>
)

// A label makes the page a sub-entry of "Statistiques" in the sidebar; the rank keeps the
// reports in reading order (the sidebar otherwise sorts them by path length).
export const config = defineRouteConfig({ label: messages.nav.acquisition, rank: 2 })

export default StatisticsAcquisitionPage

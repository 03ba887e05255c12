import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { ReportPage } from "../../components/statistics/report-page"
import { OverviewReportView } from "../../components/statistics/reports/overview-report"
import { messages } from "../../lib/statistics/messages"

const StatisticsOverviewPage = () => (
  <ReportPage report="overview">{(report, filter) => <OverviewReportView report={report} filter={filter} />}</ReportPage>
)

export const config = defineRouteConfig({
  label: messages.title,
  icon: ChartBar,
})

export default StatisticsOverviewPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { GradedReportView } from "../../components/graded-report/graded-report-view"
import { PrintStyle } from "../../components/graded-report/print-style"
import { ReportToolbar } from "../../components/graded-report/report-toolbar"
import { ShareLinksPanel } from "../../components/graded-report/share-links-panel"
import { ReportError, ReportLoading } from "../../components/statistics/report-status"
import { StatisticsProvider } from "../../components/statistics/statistics-provider"
import { fetchGradedReport } from "../../lib/graded-report/api"
import { reportMessages } from "../../lib/graded-report/messages"
import { useStatisticsFilter } from "../../lib/statistics/use-statistics-filter"

function GradedReportContent() {
  const state = useStatisticsFilter()
  const { resolved } = state
  const query = useQuery({
    queryKey: ["rapport", resolved.range.from.toISOString(), resolved.range.to.toISOString(), resolved.compare, resolved.includeSimulated, resolved.granularity],
    queryFn: ({ signal }) => fetchGradedReport(resolved, signal),
    placeholderData: keepPreviousData,
  })
  return (
    <div className="flex flex-col gap-3">
      <PrintStyle />
      <ReportToolbar state={state} report={query.data} />
      {query.isError && !query.data ? (
        <ReportError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <div aria-busy={query.isFetching} className={query.isPlaceholderData ? "opacity-60" : undefined}>
          <GradedReportView report={query.data} />
        </div>
      ) : (
        <ReportLoading />
      )}
      <ShareLinksPanel filter={resolved} />
    </div>
  )
}

const GradedReportPage = () => (
  <StatisticsProvider>
    <GradedReportContent />
  </StatisticsProvider>
)

export const config = defineRouteConfig({ label: reportMessages.title, icon: DocumentText })

export default GradedReportPage

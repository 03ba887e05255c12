import type { ReportId, ReportResults } from "@comptoir/analytics"
import { clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { ResolvedFilter } from "../../lib/statistics/filter"
import { useReport } from "../../lib/statistics/use-report"
import { useStatisticsFilter } from "../../lib/statistics/use-statistics-filter"
import { IndicatorGlossary } from "./indicator-glossary"
import { ReportError, ReportLoading } from "./report-status"
import { StatisticsHeader } from "./statistics-header"

export interface ReportContentProps<R extends ReportId> {
  report: R
  children: (data: ReportResults[R], filter: ResolvedFilter) => ReactNode
}

/** Header, then the report for the chosen period once loaded (or why it is not). */
export function ReportContent<R extends ReportId>({ report, children }: ReportContentProps<R>) {
  const state = useStatisticsFilter()
  const query = useReport(report, state.resolved)
  return (
    <div className="flex flex-col gap-3">
      <StatisticsHeader report={report} state={state} />
      {query.isError && !query.data ? (
        <ReportError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        // The previous period's figures stay while the new ones load, dimmed.
        <div
          aria-busy={query.isFetching}
          className={clx("flex flex-col gap-3 transition-opacity", query.isPlaceholderData && "opacity-60")}
        >
          {children(query.data, state.resolved)}
          <IndicatorGlossary report={report} />
        </div>
      ) : (
        <ReportLoading />
      )}
    </div>
  )
}

import type { ReportId, ReportResults } from "@comptoir/analytics"
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { fetchReport } from "./api"
import type { ResolvedFilter } from "./filter"

export function reportQuery<R extends ReportId>(report: R, filter: ResolvedFilter) {
  return queryOptions<ReportResults[R]>({
    queryKey: [
      "statistiques",
      report,
      filter.range.from.toISOString(),
      filter.range.to.toISOString(),
      filter.compare,
      filter.includeSimulated,
      filter.granularity,
    ],
    queryFn: ({ signal }) => fetchReport(report, filter, signal),
  })
}

/** One report for the chosen period; the previous figures stay on screen while the next load. */
export function useReport<R extends ReportId>(report: R, filter: ResolvedFilter) {
  return useQuery({ ...reportQuery(report, filter), placeholderData: keepPreviousData })
}

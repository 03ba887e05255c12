import type { ReportId } from "@comptoir/analytics"
import { ReportContent, type ReportContentProps } from "./report-content"
import { StatisticsProvider } from "./statistics-provider"

/** What each `routes/statistiques/…/page.tsx` renders: one report, with its providers. */
export function ReportPage<R extends ReportId>(props: ReportContentProps<R>) {
  return (
    <StatisticsProvider>
      <ReportContent {...props} />
    </StatisticsProvider>
  )
}

import type { GradedReport } from "@comptoir/analytics"
import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { gradedReportUrl } from "../../lib/graded-report/api"
import { reportMessages as m } from "../../lib/graded-report/messages"
import type { StatisticsFilterState } from "../../lib/statistics/use-statistics-filter"
import { PeriodPicker } from "../statistics/period-picker"

const linkClass = "txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-1"

/** The JSON the page already holds, saved as a file (the API would only compute it again). */
function downloadJson(report: GradedReport): void {
  const blob = new Blob([JSON.stringify(report, null, 2)], { type: "application/json" })
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = `rapport-evaluation-${report.period.from.slice(0, 10)}.json`
  link.click()
  URL.revokeObjectURL(url)
}

/** Title, period, print and downloads: the part of the page that never prints. */
export function ReportToolbar({ state, report }: { state: StatisticsFilterState; report: GradedReport | undefined }) {
  return (
    <Container className="no-print divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Heading level="h1">{m.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{m.subtitle}</Text>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <a href={gradedReportUrl(state.resolved, "csv")} download className={linkClass}>
            <ArrowDownTray aria-hidden />
            {m.downloadCsv}
          </a>
          <button type="button" className={linkClass} disabled={!report} onClick={() => report && downloadJson(report)}>
            <ArrowDownTray aria-hidden />
            {m.downloadJson}
          </button>
          <Button size="small" type="button" disabled={!report} onClick={() => window.print()}>
            {m.print}
          </Button>
        </div>
      </div>
      <div className="px-6 py-4">
        <PeriodPicker {...state} />
      </div>
    </Container>
  )
}

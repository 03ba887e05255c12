import type { ReportId } from "@comptoir/analytics"
import { Container, Heading, Text } from "@medusajs/ui"
import { messages } from "../../lib/statistics/messages"
import type { StatisticsFilterState } from "../../lib/statistics/use-statistics-filter"
import { CsvExportLink } from "./csv-export-link"
import { PeriodPicker } from "./period-picker"
import { ReportNav } from "./report-nav"

interface StatisticsHeaderProps {
  report: ReportId
  state: StatisticsFilterState
}

/**
 * Title, links to the other reports, the period picker and the CSV export (one file holds every
 * table of the report, followed by the definitions of its indicators).
 */
export function StatisticsHeader({ report, state }: StatisticsHeaderProps) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Heading level="h1">{messages.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {messages.subtitle}
          </Text>
        </div>
        <CsvExportLink report={report} filter={state.resolved} />
      </div>
      <div className="bg-ui-bg-subtle px-4 py-2">
        <ReportNav search={state.search} />
      </div>
      <div className="px-6 py-4">
        <PeriodPicker {...state} />
      </div>
    </Container>
  )
}

import { DEVICE_LABELS_FR, type EntryPageRow, type PageRow, type TrafficReport } from "@comptoir/analytics"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"
import { EmptyState } from "../empty-state"
import { ReportSection } from "../report-section"
import { TimeSeriesChart } from "../time-series-chart"
import { BreakdownTable } from "./breakdown-table"
import { Pathname } from "./pathname"

const deviceName = (key: string) => DEVICE_LABELS_FR[key] ?? key
// Browsers and systems are stored by name; only "unknown" needs words.
const softwareName = (key: string) => (key === "unknown" ? messages.common.unknown : key)

interface TrafficReportViewProps {
  report: TrafficReport
  filter: ResolvedFilter
}

export function TrafficReportView({ report, filter }: TrafficReportViewProps) {
  const noVisits = report.series.every((point) => point.sessions === 0)
  const t = messages.traffic
  return (
    <>
      {noVisits && <EmptyState message={messages.empty.traffic} />}
      <ReportSection title={t.series}>
        <TimeSeriesChart
          points={report.series}
          granularity={filter.granularity}
          series={[
            { key: "visitors", label: indicator("visitors").label_fr, unit: "count", value: (p) => p.visitors },
            { key: "sessions", label: indicator("sessions").label_fr, unit: "count", value: (p) => p.sessions },
            { key: "pageviews", label: indicator("pageviews").label_fr, unit: "count", value: (p) => p.pageviews },
          ]}
        />
      </ReportSection>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ReportSection title={t.topPages}>
          <DataTable
            rows={report.top_pages}
            rowKey={(row) => row.pathname}
            empty={messages.table.noRows}
            columns={[
              textColumn<PageRow>("pathname", t.page, (row) => <Pathname value={row.pathname} />),
              indicatorColumn<PageRow>("pageviews", (row) => row.pageviews),
              indicatorColumn<PageRow>("visitors", (row) => row.visitors),
            ]}
          />
        </ReportSection>
        <ReportSection title={t.entryPages}>
          <DataTable
            rows={report.entry_pages}
            rowKey={(row) => row.pathname}
            empty={messages.table.noRows}
            columns={[
              textColumn<EntryPageRow>("pathname", t.page, (row) => <Pathname value={row.pathname} />),
              indicatorColumn<EntryPageRow>("entry_sessions", (row) => row.sessions),
              indicatorColumn<EntryPageRow>("entry_bounce_rate", (row) => row.bounce_rate),
            ]}
          />
        </ReportSection>
      </div>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
        <ReportSection title={t.devices}>
          <BreakdownTable rows={report.devices} keyHeader={t.devices} labelOf={deviceName} />
        </ReportSection>
        <ReportSection title={t.browsers}>
          <BreakdownTable rows={report.browsers} keyHeader={t.browsers} labelOf={softwareName} />
        </ReportSection>
        <ReportSection title={t.os}>
          <BreakdownTable rows={report.os} keyHeader={t.os} labelOf={softwareName} />
        </ReportSection>
      </div>
    </>
  )
}

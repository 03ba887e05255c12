import type { ConversionReport } from "@comptoir/analytics"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { messages } from "../../../lib/statistics/messages"
import { EmptyState } from "../empty-state"
import { FunnelChart } from "../funnel-chart"
import { ReportSection } from "../report-section"
import { ConversionBreakdownTable } from "./conversion-breakdown-table"
import { FunnelTable } from "./funnel-table"
import { KpiGrid } from "./kpi-grid"

interface ConversionReportViewProps {
  report: ConversionReport
  filter: ResolvedFilter
}

export function ConversionReportView({ report, filter }: ConversionReportViewProps) {
  const c = messages.conversion
  const noVisits = (report.funnel[0]?.sessions ?? 0) === 0
  return (
    <>
      {noVisits && <EmptyState message={messages.empty.traffic} />}
      <KpiGrid
        items={[
          { id: "conversion_rate", metric: report.conversion_rate },
          { id: "cart_abandonment_rate", metric: report.cart_abandonment_rate },
        ]}
        currency={report.currency}
        compare={filter.compare}
      />
      <ReportSection title={c.funnel} description={c.funnelHint}>
        <FunnelChart steps={report.funnel} />
        <FunnelTable steps={report.funnel} />
      </ReportSection>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ReportSection title={c.byDevice}>
          <ConversionBreakdownTable rows={report.by_device} keyHeader={messages.traffic.devices} />
        </ReportSection>
        <ReportSection title={c.byChannel}>
          <ConversionBreakdownTable rows={report.by_channel} keyHeader={messages.acquisition.channel} />
        </ReportSection>
      </div>
    </>
  )
}

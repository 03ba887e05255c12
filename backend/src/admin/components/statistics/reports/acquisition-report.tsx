import type { AcquisitionReport } from "@comptoir/analytics"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { EmptyState } from "../empty-state"
import { RankingChart } from "../ranking-chart"
import { ReportSection } from "../report-section"
import { AcquisitionTable } from "./acquisition-table"
import { Pathname } from "./pathname"
import { UtmTabs } from "./utm-tabs"

interface AcquisitionReportViewProps {
  report: AcquisitionReport
  filter: ResolvedFilter
}

export function AcquisitionReportView({ report }: AcquisitionReportViewProps) {
  const a = messages.acquisition
  const channelBars = (value: (row: AcquisitionReport["channels"][number]) => number) =>
    report.channels.map((row) => ({ label: row.label, value: value(row) }))
  return (
    <>
      {report.channels.length === 0 && <EmptyState message={messages.empty.traffic} />}
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ReportSection title={a.channelSessions}>
          <RankingChart bars={channelBars((row) => row.sessions)} name={indicator("sessions").label_fr} unit="count" />
        </ReportSection>
        <ReportSection title={a.channelRevenue}>
          <RankingChart
            bars={channelBars((row) => row.revenue)}
            name={indicator("acquisition_revenue").label_fr}
            unit="currency"
            currency={report.currency}
            colorIndex={3}
          />
        </ReportSection>
      </div>
      <ReportSection title={a.channels} description={a.channelsHint}>
        <AcquisitionTable rows={report.channels} keyHeader={a.channel} currency={report.currency} />
      </ReportSection>
      <ReportSection title={a.referringSites}>
        <AcquisitionTable rows={report.referring_sites} keyHeader={a.site} currency={report.currency} />
      </ReportSection>
      <UtmTabs report={report} />
      <ReportSection title={a.landingPages}>
        <AcquisitionTable
          rows={report.landing_pages}
          keyHeader={messages.traffic.page}
          currency={report.currency}
          renderLabel={(row) => <Pathname value={row.label} />}
        />
      </ReportSection>
    </>
  )
}

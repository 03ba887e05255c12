import type { SeoLandingRow, SeoReport } from "@comptoir/analytics"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"
import { EmptyState } from "../empty-state"
import { KpiCard } from "../kpi-card"
import { ReportSection } from "../report-section"
import { TimeSeriesChart } from "../time-series-chart"
import { AuditScoreCard } from "./audit-score-card"
import { BreakdownTable } from "./breakdown-table"
import { Pathname } from "./pathname"

interface SeoReportViewProps {
  report: SeoReport
  filter: ResolvedFilter
}

export function SeoReportView({ report, filter }: SeoReportViewProps) {
  const s = messages.seo
  const organicSessions = indicator("organic_sessions")
  const organicShare = indicator("organic_share")
  return (
    <>
      {!report.organic_sessions.value && <EmptyState message={messages.empty.organic} />}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
        <KpiCard definition={organicSessions} metric={report.organic_sessions} compare={filter.compare} currency={report.currency} />
        <KpiCard definition={organicShare} metric={report.organic_share} compare={filter.compare} currency={report.currency} />
        <AuditScoreCard score={report.audit_score} />
      </div>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ReportSection title={s.trend}>
          <TimeSeriesChart
            points={report.trend}
            granularity={filter.granularity}
            series={[{ key: "organic", label: organicSessions.label_fr, unit: "count", value: (point) => point.value }]}
          />
        </ReportSection>
        <ReportSection title={s.shareTrend}>
          <TimeSeriesChart
            points={report.share_trend}
            granularity={filter.granularity}
            series={[{ key: "share", label: organicShare.label_fr, unit: "percent", value: (point) => point.value }]}
          />
        </ReportSection>
      </div>
      <ReportSection title={s.landingPages}>
        <DataTable
          rows={report.landing_pages}
          rowKey={(row) => row.pathname}
          empty={messages.table.noRows}
          columns={[
            textColumn<SeoLandingRow>("pathname", messages.traffic.page, (row) => <Pathname value={row.pathname} />),
            indicatorColumn<SeoLandingRow>("organic_sessions", (row) => row.sessions),
            indicatorColumn<SeoLandingRow>("orders", (row) => row.orders),
            indicatorColumn<SeoLandingRow>("acquisition_revenue", (row) => row.revenue, report.currency),
          ]}
        />
      </ReportSection>
      <ReportSection title={s.searchEngines}>
        <BreakdownTable rows={report.search_engines} keyHeader={s.engine} />
      </ReportSection>
    </>
  )
}

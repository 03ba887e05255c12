import type { OverviewMetricId, OverviewReport } from "@comptoir/analytics"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { messages } from "../../../lib/statistics/messages"
import { EmptyState } from "../empty-state"
import { KpiGrid, type KpiItem } from "./kpi-grid"
import { OverviewTrend } from "./overview-trend"

const TRAFFIC: readonly OverviewMetricId[] = ["visitors", "sessions", "pageviews", "bounce_rate", "avg_session_duration"]
const SALES: readonly OverviewMetricId[] = ["orders", "revenue", "conversion_rate", "average_basket"]

interface OverviewReportViewProps {
  report: OverviewReport
  filter: ResolvedFilter
}

export function OverviewReportView({ report, filter }: OverviewReportViewProps) {
  const byId = new Map(report.metrics.map((metric) => [metric.id, metric]))
  const items = (ids: readonly OverviewMetricId[]): KpiItem[] =>
    ids.flatMap((id) => {
      const metric = byId.get(id)
      return metric ? [{ id, metric, trend: metric.trend }] : []
    })
  const noVisits = !byId.get("sessions")?.value
  const noOrders = !byId.get("orders")?.value
  return (
    <>
      {noVisits && <EmptyState message={messages.empty.traffic} />}
      {noVisits && !filter.includeSimulated && <EmptyState message={messages.empty.simulatedHidden} />}
      {noOrders && !noVisits && <EmptyState message={messages.empty.orders} />}
      <KpiGrid title={messages.overview.traffic} items={items(TRAFFIC)} currency={report.currency} compare={filter.compare} />
      <KpiGrid title={messages.overview.sales} items={items(SALES)} currency={report.currency} compare={filter.compare} />
      <OverviewTrend metrics={report.metrics} granularity={filter.granularity} currency={report.currency} />
    </>
  )
}

import type { Granularity, OverviewMetric, OverviewMetricId } from "@comptoir/analytics"
import { Select } from "@medusajs/ui"
import { useState } from "react"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { ReportSection } from "../report-section"
import { TimeSeriesChart } from "../time-series-chart"

interface OverviewTrendProps {
  metrics: readonly OverviewMetric[]
  granularity: Granularity
  currency: string
}

/** The curve of one headline number over the period, the number chosen in a list. */
export function OverviewTrend({ metrics, granularity, currency }: OverviewTrendProps) {
  const [selected, setSelected] = useState<OverviewMetricId>("sessions")
  const metric = metrics.find((candidate) => candidate.id === selected) ?? metrics[0]
  if (!metric) return null
  const definition = indicator(metric.id)
  return (
    <ReportSection
      title={messages.overview.trend}
      actions={
        <Select size="small" value={metric.id} onValueChange={(id) => setSelected(id as OverviewMetricId)}>
          <Select.Trigger aria-label={messages.overview.trendMetric} className="w-[220px]">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {metrics.map((candidate) => (
              <Select.Item key={candidate.id} value={candidate.id}>
                {indicator(candidate.id).label_fr}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      }
    >
      <TimeSeriesChart
        points={metric.trend}
        series={[{ key: metric.id, label: definition.label_fr, unit: definition.unit, value: (point) => point.value }]}
        granularity={granularity}
        currency={currency}
      />
    </ReportSection>
  )
}

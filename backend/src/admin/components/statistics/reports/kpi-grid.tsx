import type { MetricValue, ReportIndicatorId, TrendPoint } from "@comptoir/analytics"
import { Heading } from "@medusajs/ui"
import { indicator } from "../../../lib/statistics/indicators"
import { KpiCard } from "../kpi-card"

export interface KpiItem {
  id: ReportIndicatorId
  metric: MetricValue
  trend?: readonly TrendPoint[]
}

interface KpiGridProps {
  title?: string
  items: readonly KpiItem[]
  currency: string
  compare: boolean
}

/** A row of headline numbers. */
export function KpiGrid({ title, items, currency, compare }: KpiGridProps) {
  return (
    <section className="flex flex-col gap-2">
      {title && (
        <Heading level="h3" className="text-ui-fg-subtle px-1">
          {title}
        </Heading>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {items.map((item) => (
          <KpiCard
            key={item.id}
            definition={indicator(item.id)}
            metric={item.metric}
            trend={item.trend}
            currency={currency}
            compare={compare}
          />
        ))}
      </div>
    </section>
  )
}

import type { IndicatorDefinition, MetricValue, TrendPoint } from "@comptoir/analytics"
import { Container, Text } from "@medusajs/ui"
import { formatIndicatorValue } from "../../lib/statistics/format"
import { ChangeBadge } from "./change-badge"
import { IndicatorHelp } from "./indicator-help"
import { Sparkline } from "./sparkline"

interface KpiCardProps {
  definition: IndicatorDefinition
  metric: MetricValue
  currency?: string
  /** Whether the comparison was asked for (no badge otherwise). */
  compare: boolean
  trend?: readonly TrendPoint[]
}

/** One headline number: its value, its change since the previous period, its trend and its help. */
export function KpiCard({ definition, metric, currency, compare, trend }: KpiCardProps) {
  const format = (value: number | null) => formatIndicatorValue(definition.unit, value, currency)
  return (
    <Container className="flex flex-col gap-2 px-4 py-3" data-testid={`kpi-${definition.id}`}>
      <div className="flex items-center justify-between gap-2">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {definition.label_fr}
        </Text>
        <IndicatorHelp definition={definition} />
      </div>
      <div className="flex flex-wrap items-baseline gap-2">
        <Text size="xlarge" weight="plus" className="tabular-nums" data-testid="kpi-value">
          {format(metric.value)}
        </Text>
        {compare && <ChangeBadge indicatorId={definition.id} change={metric.change} previous={format(metric.previous)} />}
      </div>
      {trend && <Sparkline points={trend} />}
    </Container>
  )
}

import type { Granularity, IndicatorDefinition } from "@comptoir/analytics"
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"
import { formatBucket, formatIndicatorValue } from "../../lib/statistics/format"

export interface Series<Point> {
  key: string
  label: string
  unit: IndicatorDefinition["unit"]
  value: (point: Point) => number | null
}

interface TimeSeriesChartProps<Point extends { bucket: string }> {
  points: readonly Point[]
  series: readonly Series<Point>[]
  granularity: Granularity
  currency?: string
  height?: number
}

/** Curves over the period, one per series, sharing the time axis. */
export function TimeSeriesChart<Point extends { bucket: string }>({
  points,
  series,
  granularity,
  currency,
  height = 260,
}: TimeSeriesChartProps<Point>) {
  // Recharts reads plain objects by key: one row per bucket, one column per series.
  const rows = points.map((point) => {
    const row: Record<string, string | number | null> = { bucket: point.bucket }
    for (const line of series) row[line.key] = line.value(point)
    return row
  })
  const unitOf = new Map(series.map((line) => [line.label, line.unit]))
  // One vertical axis: the series drawn together share a unit (visits and page views, say).
  const axisUnit = series[0]?.unit ?? "count"
  return (
    <div className="w-full px-2 py-4" style={{ height }} data-testid="time-series-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="bucket"
            tick={AXIS_TICK}
            tickFormatter={(bucket: string) => formatBucket(bucket, granularity)}
            minTickGap={24}
          />
          <YAxis
            tick={AXIS_TICK}
            tickFormatter={(value: number) => formatIndicatorValue(axisUnit, value, currency)}
            width={axisUnit === "currency" ? 72 : 48}
            allowDecimals={axisUnit !== "count"}
          />
          <Tooltip
            labelFormatter={(bucket) => formatBucket(String(bucket), granularity)}
            formatter={(value, name) =>
              typeof value === "number" ? formatIndicatorValue(unitOf.get(String(name)) ?? "count", value, currency) : value
            }
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((line, index) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.label}
              stroke={chartColor(index)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}

import type { IndicatorDefinition } from "@comptoir/analytics"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"
import { formatIndicatorValue } from "../../lib/statistics/format"

export interface RankingBar {
  label: string
  value: number | null
}

interface RankingChartProps {
  bars: readonly RankingBar[]
  /** Name of the measured value, shown in the tooltip. */
  name: string
  unit: IndicatorDefinition["unit"]
  currency?: string
  colorIndex?: number
}

/** Horizontal bars comparing a few items (channels, devices…) on one measure. */
export function RankingChart({ bars, name, unit, currency, colorIndex = 0 }: RankingChartProps) {
  const format = (value: number) => formatIndicatorValue(unit, value, currency)
  return (
    <div className="w-full px-2 py-4" style={{ height: 36 * Math.max(bars.length, 1) + 32 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars as RankingBar[]} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={format} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={140} />
          <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : value)} />
          <Bar dataKey="value" name={name} fill={chartColor(colorIndex)} isAnimationActive={false} radius={[0, 4, 4, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

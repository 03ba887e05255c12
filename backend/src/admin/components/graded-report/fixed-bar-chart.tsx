import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"

export interface FixedBar {
  label: string
  value: number
  /** Written at the end of the bar. */
  text: string
}

/**
 * Horizontal bars at a fixed size (no ResponsiveContainer): the chart on paper is the chart on
 * screen, and printing does not wait for a resize that never comes.
 */
export function FixedBarChart({ bars, name, colorIndex = 0 }: { bars: readonly FixedBar[]; name: string; colorIndex?: number }) {
  if (bars.length === 0) return null
  const height = 30 * bars.length + 24
  return (
    <div className="print-chart" data-testid="report-chart">
      <BarChart width={640} height={height} data={bars as FixedBar[]} layout="vertical" margin={{ top: 0, right: 96, bottom: 0, left: 8 }}>
        <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} hide />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={170} />
        <Bar dataKey="value" name={name} fill={chartColor(colorIndex)} isAnimationActive={false} radius={[0, 4, 4, 0]}>
          <LabelList dataKey="text" position="right" style={{ fontSize: 12 }} />
        </Bar>
      </BarChart>
    </div>
  )
}

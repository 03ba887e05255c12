import type { TrendPoint } from "@comptoir/analytics"
import { Line, LineChart, ResponsiveContainer } from "recharts"
import { chartColor } from "../../lib/statistics/chart-theme"

/** A small trend line under a KPI: its shape only, the numbers are in the report pages. */
export function Sparkline({ points }: { points: readonly TrendPoint[] }) {
  if (points.length < 2) return <div className="h-10" aria-hidden />
  return (
    <div className="h-10 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points as TrendPoint[]} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
          <Line
            type="monotone"
            dataKey="value"
            stroke={chartColor(0)}
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}

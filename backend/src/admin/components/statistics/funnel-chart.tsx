import type { FunnelStep } from "@comptoir/analytics"
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"
import { formatCount, formatPercent } from "../../lib/statistics/format"
import { indicator } from "../../lib/statistics/indicators"

/** The purchase funnel as horizontal bars, each labelled with its share of the first step. */
export function FunnelChart({ steps }: { steps: readonly FunnelStep[] }) {
  const sessionsLabel = indicator("funnel_sessions").label_fr
  const rows = steps.map((step) => ({
    label: step.label_fr,
    sessions: step.sessions,
    share: formatPercent(step.rate_from_start),
  }))
  return (
    <div className="w-full px-2 py-4" style={{ height: 56 * Math.max(steps.length, 1) + 24 }} data-testid="funnel-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 64, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={(value: number) => formatCount(value)} allowDecimals={false} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={150} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formatCount(value) : value)} />
          <Bar dataKey="sessions" name={sessionsLabel} fill={chartColor(0)} isAnimationActive={false} radius={[0, 4, 4, 0]}>
            <LabelList dataKey="share" position="right" style={{ fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

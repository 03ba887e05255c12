import { COMPARISON_INDICATORS, REPORT_INDICATORS, type PromotionComparison, type PromotionComparisonRow } from "@comptoir/analytics"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { differenceSentence, liftSentence } from "../../lib/graded-report/comparison-text"
import { comparisonMessages as m } from "../../lib/graded-report/messages"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"
import { formatChange, formatCount, formatCurrency, formatPercent } from "../../lib/statistics/format"
import { ReportSection } from "../statistics/report-section"
import { periodText } from "../../lib/graded-report/period-text"
import { SimpleTable } from "./simple-table"

type Line = [label: string, value: (row: PromotionComparisonRow) => string]

const r = REPORT_INDICATORS
const c = COMPARISON_INDICATORS

/** One line per indicator, one column per promotion: side by side, as the issue asks. */
const LINES: readonly Line[] = [
  [c.run_period.label_fr, (row) => periodText(row.item.run)],
  [r.promotion_uses.label_fr, (row) => formatCount(row.uses)],
  [r.promotion_orders.label_fr, (row) => formatCount(row.orders)],
  [r.promotion_revenue.label_fr, (row) => formatCurrency(row.revenue)],
  [r.discount.label_fr, (row) => formatCurrency(row.discount)],
  [r.average_basket.label_fr, (row) => formatCurrency(row.average_basket)],
  [c.exposed_sessions.label_fr, (row) => formatCount(row.exposed_sessions)],
  [c.exposed_conversion_rate.label_fr, (row) => formatPercent(row.conversion_rate)],
  [c.revenue_per_visitor.label_fr, (row) => formatCurrency(row.revenue_per_visitor)],
  [r.budget_consumed.label_fr, (row) => formatPercent(row.budget_consumed)],
  [c.lift_orders.label_fr, (row) => formatChange(row.lift.orders)],
  [c.lift_revenue.label_fr, (row) => formatChange(row.lift.revenue)],
]

export function ComparisonResults({ comparison }: { comparison: PromotionComparison }) {
  const labelOf = new Map(comparison.rows.map((row) => [row.item.id, row.item.label]))
  const bars = comparison.rows.map((row) => ({ label: row.item.label, revenue: row.revenue, discount: row.discount }))
  return (
    <>
      <ReportSection title={m.chart}>
        <div className="h-72 w-full px-2 py-4" data-testid="comparison-chart">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars}>
              <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS_TICK} />
              <YAxis tick={AXIS_TICK} tickFormatter={(value: number) => formatCurrency(value)} width={80} />
              <Tooltip formatter={(value) => (typeof value === "number" ? formatCurrency(value) : value)} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="revenue" name={m.revenue} fill={chartColor(0)} isAnimationActive={false} />
              <Bar dataKey="discount" name={m.discount} fill={chartColor(2)} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </ReportSection>
      <ReportSection title={m.table}>
        <div className="overflow-x-auto">
          <SimpleTable headers={["", ...comparison.rows.map((row) => row.item.label)]} rows={LINES.map(([label, value]) => [label, ...comparison.rows.map(value)])} />
        </div>
        <ul className="txt-small flex list-disc flex-col gap-2 py-4 pl-10 pr-6" data-testid="comparison-sentences">
          {comparison.differences.map((entry) => (
            <li key={entry.other_id}>
              {differenceSentence(labelOf.get(entry.reference_id) ?? entry.reference_id, labelOf.get(entry.other_id) ?? entry.other_id, entry.difference)}
            </li>
          ))}
          {comparison.rows.map((row) => {
            const sentence = liftSentence(row.item.label, row.lift.conversion)
            return sentence ? <li key={`lift-${row.item.id}`}>{sentence}</li> : null
          })}
        </ul>
      </ReportSection>
    </>
  )
}

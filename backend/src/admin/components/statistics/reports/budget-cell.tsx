import { formatCount, formatCurrency } from "../../../lib/statistics/format"
import { messages } from "../../../lib/statistics/messages"

interface BudgetCellProps {
  type: "spend" | "usage" | null
  used: number | null
  limit: number | null
  currency: string
}

/** "120,00 € / 500,00 €" for a spend budget, "12 / 50" for a usage budget. */
export function BudgetCell({ type, used, limit, currency }: BudgetCellProps) {
  if (type === null) return <span className="text-ui-fg-muted">{messages.promotions.noBudget}</span>
  const format = (value: number | null) => (type === "spend" ? formatCurrency(value, currency) : formatCount(value))
  return (
    <span className="tabular-nums" title={messages.promotions.budgetTypes[type]}>
      {format(used)}
      {limit !== null && ` / ${format(limit)}`}
    </span>
  )
}

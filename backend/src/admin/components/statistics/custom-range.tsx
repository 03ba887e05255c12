import { Input, Label } from "@medusajs/ui"
import { messages } from "../../lib/statistics/messages"
import { type DateRange, formatDay, lastDayOf } from "../../lib/statistics/period"

interface CustomRangeProps {
  range: DateRange
  onChange: (from: string, to: string) => void
}

/** First and last day of a custom period, both included (native date inputs: keyboard-friendly). */
export function CustomRange({ range, onChange }: CustomRangeProps) {
  const from = formatDay(range.from)
  const to = formatDay(lastDayOf(range))
  return (
    <div className="flex items-center gap-2">
      <Label size="small" htmlFor="statistics-from">
        {messages.period.from}
      </Label>
      <Input
        id="statistics-from"
        size="small"
        type="date"
        value={from}
        max={to}
        onChange={(event) => event.target.value && onChange(event.target.value, to)}
      />
      <Label size="small" htmlFor="statistics-to">
        {messages.period.to}
      </Label>
      <Input
        id="statistics-to"
        size="small"
        type="date"
        value={to}
        min={from}
        onChange={(event) => event.target.value && onChange(from, event.target.value)}
      />
    </div>
  )
}

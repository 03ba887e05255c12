import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Badge } from "@medusajs/ui"
import { formatChange } from "../../lib/statistics/format"
import { isLowerBetter } from "../../lib/statistics/indicators"
import { messages } from "../../lib/statistics/messages"

interface ChangeBadgeProps {
  indicatorId: string
  /** Relative change as a ratio; null when there is nothing to compare with. */
  change: number | null
  /** The formatted value of the previous period, said in the badge's title. */
  previous: string
}

/** Change against the previous period: green when it is good news, red when it is bad. */
export function ChangeBadge({ indicatorId, change, previous }: ChangeBadgeProps) {
  if (change === null) {
    return (
      <Badge size="2xsmall" color="grey" title={messages.change.none}>
        {formatChange(null)}
      </Badge>
    )
  }
  const rising = change > 0
  const good = change === 0 ? null : rising !== isLowerBetter(indicatorId)
  const color = good === null ? "grey" : good ? "green" : "red"
  const direction = change === 0 ? messages.change.flat : rising ? messages.change.up : messages.change.down
  return (
    <Badge size="2xsmall" color={color} title={`${direction}. ${messages.change.previous(previous)}`}>
      {change > 0 && <ArrowUpMini aria-hidden />}
      {change < 0 && <ArrowDownMini aria-hidden />}
      <span>{formatChange(change)}</span>
      <span className="sr-only">{direction}</span>
    </Badge>
  )
}

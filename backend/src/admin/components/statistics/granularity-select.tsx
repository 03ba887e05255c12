import type { Granularity } from "@comptoir/analytics"
import { Select } from "@medusajs/ui"
import { messages } from "../../lib/statistics/messages"

const GRANULARITIES: readonly Granularity[] = ["hour", "day", "week"]

interface GranularitySelectProps {
  value: Granularity
  /** Whether the period allows this bucket size (hours are limited to a month). */
  allows: (granularity: Granularity) => boolean
  onChange: (granularity: Granularity) => void
}

/** Bucket size of the curves: hour, day or week. */
export function GranularitySelect({ value, allows, onChange }: GranularitySelectProps) {
  return (
    <Select size="small" value={value} onValueChange={(next) => onChange(next as Granularity)}>
      <Select.Trigger aria-label={messages.period.granularity} className="w-[140px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {GRANULARITIES.map((granularity) => (
          <Select.Item key={granularity} value={granularity} disabled={!allows(granularity)}>
            {messages.period.granularities[granularity]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

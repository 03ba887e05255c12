import { Select } from "@medusajs/ui"
import { messages } from "../../lib/statistics/messages"
import { PERIOD_PRESETS, type PeriodPreset } from "../../lib/statistics/period"

interface PresetSelectProps {
  value: PeriodPreset
  onChange: (preset: PeriodPreset) => void
}

export function PresetSelect({ value, onChange }: PresetSelectProps) {
  return (
    <Select size="small" value={value} onValueChange={(next) => onChange(next as PeriodPreset)}>
      <Select.Trigger aria-label={messages.period.label} className="w-[160px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {PERIOD_PRESETS.map((preset) => (
          <Select.Item key={preset} value={preset}>
            {messages.period.presets[preset]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

import type { ComparableItem } from "@comptoir/analytics"
import { Checkbox, Label, Text } from "@medusajs/ui"
import { comparisonMessages as m } from "../../lib/graded-report/messages"
import { periodText } from "../../lib/graded-report/period-text"

interface ComparisonPickerProps {
  items: readonly ComparableItem[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
}

/** Ticks promotions and campaigns; the order of the ticks is the order of the table. */
export function ComparisonPicker({ items, selected, onChange }: ComparisonPickerProps) {
  if (items.length === 0) return <Text size="small" className="text-ui-fg-subtle">{m.noItems}</Text>
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((entry) => entry !== id))
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="txt-compact-small-plus mb-2">{m.pick}</legend>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {items.map((item) => {
          const id = `comparer-${item.id}`
          const rank = selected.indexOf(item.id)
          return (
            <div key={item.id} className="flex items-start gap-2">
              <Checkbox id={id} checked={rank >= 0} onCheckedChange={(state) => toggle(item.id, state === true)} />
              <Label htmlFor={id} size="small" className="flex flex-col">
                <span>
                  {rank >= 0 ? `${rank + 1}. ` : ""}
                  {item.kind === "campaign" ? m.campaign : m.promotion} {item.label}
                  {item.automatic ? ` (${m.automatic})` : ""}
                  {item.kind === "promotion" && item.campaign_name ? ` — ${item.campaign_name}` : ""}
                </span>
                <span className="text-ui-fg-subtle">
                  {periodText(item.run)}
                  {item.ongoing ? ` (${m.ongoing})` : ""}
                </span>
              </Label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}

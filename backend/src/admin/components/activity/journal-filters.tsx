import { Button, Input, Label, Select } from "@medusajs/ui"
import { ENTITY_TYPE_LABELS } from "../../../modules/activity-log/labels"
import type { ActorActivitySummary } from "../../../modules/activity-log/types"
import { personName } from "./format"
import { messages } from "./messages"
import { EMPTY_FILTER, type JournalFilter } from "./query"

// Radix's Select has no empty value: this one stands for "no filter".
const ALL = "__all__"

interface JournalFiltersProps {
  filter: JournalFilter
  /** The people who changed something over the period (from the summary). */
  people: readonly ActorActivitySummary[]
  onChange: (filter: JournalFilter) => void
}

export function JournalFilters({ filter, people, onChange }: JournalFiltersProps) {
  // Any new filter starts again at the first page.
  const set = (patch: Partial<JournalFilter>) => onChange({ ...filter, ...patch, page: 0 })
  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-4">
      <div className="flex flex-col gap-1">
        <Label size="small">{messages.filters.person}</Label>
        <Select size="small" value={filter.actorId ?? ALL} onValueChange={(value) => set({ actorId: value === ALL ? null : value })}>
          <Select.Trigger aria-label={messages.filters.person} className="w-[220px]">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{messages.filters.allPeople}</Select.Item>
            {people.map((person) => (
              <Select.Item key={person.actor_id} value={person.actor_id}>
                {personName(person)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <Label size="small">{messages.filters.entity}</Label>
        <Select size="small" value={filter.entityType ?? ALL} onValueChange={(value) => set({ entityType: value === ALL ? null : value })}>
          <Select.Trigger aria-label={messages.filters.entity} className="w-[200px]">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{messages.filters.all}</Select.Item>
            {Object.entries(ENTITY_TYPE_LABELS).map(([type, label]) => (
              <Select.Item key={type} value={type}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex items-center gap-2">
        <Label size="small" htmlFor="journal-from">
          {messages.filters.from}
        </Label>
        <Input
          id="journal-from"
          size="small"
          type="date"
          value={filter.fromDay ?? ""}
          max={filter.toDay ?? undefined}
          onChange={(event) => set({ fromDay: event.target.value || null })}
        />
        <Label size="small" htmlFor="journal-to">
          {messages.filters.to}
        </Label>
        <Input
          id="journal-to"
          size="small"
          type="date"
          value={filter.toDay ?? ""}
          min={filter.fromDay ?? undefined}
          onChange={(event) => set({ toDay: event.target.value || null })}
        />
      </div>
      <Button size="small" variant="transparent" onClick={() => onChange(EMPTY_FILTER)}>
        {messages.filters.reset}
      </Button>
    </div>
  )
}

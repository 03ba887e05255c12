import { Text } from "@medusajs/ui"
import { allowsGranularity } from "../../lib/statistics/filter"
import { messages } from "../../lib/statistics/messages"
import { formatDayRange } from "../../lib/statistics/format"
import { formatDay, lastDayOf, previousRange } from "../../lib/statistics/period"
import type { StatisticsFilterState } from "../../lib/statistics/use-statistics-filter"
import { CustomRange } from "./custom-range"
import { FilterToggle } from "./filter-toggle"
import { GranularitySelect } from "./granularity-select"
import { PresetSelect } from "./preset-select"

/** Period, comparison, simulated traffic and curve detail: the filter every report obeys. */
export function PeriodPicker({ filter, resolved, setFilter }: StatisticsFilterState) {
  const { range } = resolved
  const previous = previousRange(range)
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <PresetSelect
          value={filter.preset}
          onChange={(preset) =>
            // Opening "Personnalisée" starts from the dates on screen, not from empty inputs.
            preset === "custom"
              ? setFilter({ preset, customFrom: formatDay(range.from), customTo: formatDay(lastDayOf(range)) })
              : setFilter({ preset })
          }
        />
        {filter.preset === "custom" && (
          <CustomRange range={range} onChange={(customFrom, customTo) => setFilter({ customFrom, customTo })} />
        )}
        <GranularitySelect
          value={resolved.granularity}
          allows={(granularity) => allowsGranularity(range, granularity)}
          onChange={(granularity) => setFilter({ granularity })}
        />
        <FilterToggle
          id="statistics-compare"
          label={messages.period.compare}
          checked={filter.compare}
          onChange={(compare) => setFilter({ compare })}
        />
        <FilterToggle
          id="statistics-simulated"
          label={messages.period.includeSimulated}
          checked={filter.includeSimulated}
          onChange={(includeSimulated) => setFilter({ includeSimulated })}
        />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {messages.period.showing(formatDayRange(range.from, lastDayOf(range)))}
        {filter.compare && ` ${messages.period.comparedWith(formatDayRange(previous.from, lastDayOf(previous)))}`}
      </Text>
    </div>
  )
}

import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { type ResolvedFilter, type StatisticsFilter, filterFromSearch, filterToSearch, resolveFilter } from "./filter"
import { formatDay, parseDay } from "./period"

export interface StatisticsFilterState {
  filter: StatisticsFilter
  resolved: ResolvedFilter
  setFilter: (change: Partial<StatisticsFilter>) => void
  /** The URL query to keep when moving from one report page to another. */
  search: string
}

/**
 * The period picker's state, kept in the URL: a student can bookmark or send a period, and
 * switching between report pages keeps it.
 */
export function useStatisticsFilter(): StatisticsFilterState {
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => filterFromSearch(params), [params])
  // Periods end with today: keyed on the day, the dates (and the query key) stay the same
  // between renders and move on only when the date changes.
  const today = formatDay(new Date())
  const resolved = useMemo(() => resolveFilter(filter, parseDay(today) ?? new Date()), [filter, today])
  const setFilter = useCallback(
    (change: Partial<StatisticsFilter>) => {
      setParams(filterToSearch({ ...filter, ...change }), { replace: true })
    },
    [filter, setParams],
  )
  const query = params.toString()
  return { filter, resolved, setFilter, search: query ? `?${query}` : "" }
}

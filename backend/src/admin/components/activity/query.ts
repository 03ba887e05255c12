// The journal page's filters → the API's query strings. Pure, so the page and its tests agree.

export interface JournalFilter {
  actorId: string | null
  entityType: string | null
  /** First and last day shown, both included, as typed in the date inputs (`2026-11-23`). */
  fromDay: string | null
  toDay: string | null
  page: number
}

export const PAGE_SIZE = 25

export const EMPTY_FILTER: JournalFilter = { actorId: null, entityType: null, fromDay: null, toDay: null, page: 0 }

/** Midnight of a day in the browser's time zone, as an instant the API understands. */
function dayStart(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number]
  return new Date(year, month - 1, date).toISOString()
}

function nextDayStart(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number]
  return new Date(year, month - 1, date + 1).toISOString()
}

function periodParams(filter: JournalFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.fromDay) params.set("from", dayStart(filter.fromDay))
  // The last day is included: the API's `to` is excluded, so it is the next midnight.
  if (filter.toDay) params.set("to", nextDayStart(filter.toDay))
  return params
}

export function summarySearch(filter: JournalFilter): URLSearchParams {
  return periodParams(filter)
}

export function exportSearch(filter: JournalFilter): URLSearchParams {
  const params = periodParams(filter)
  if (filter.actorId) params.set("actor_id", filter.actorId)
  if (filter.entityType) params.set("entity_type", filter.entityType)
  return params
}

export function listSearch(filter: JournalFilter): URLSearchParams {
  const params = exportSearch(filter)
  params.set("limit", String(PAGE_SIZE))
  params.set("offset", String(filter.page * PAGE_SIZE))
  return params
}

import type { ActivityAction } from "./actions"

/** What the admin middleware writes for one change. */
export interface ActivityEntryInput {
  actor_id: string
  actor_email: string | null
  actor_name: string | null
  action: ActivityAction
  entity_type: string
  entity_id: string | null
  entity_label: string | null
  summary: string
  method: string
  path: string
  occurred_at: Date
}

/** One entry as the API answers it. */
export interface ActivityEntryRecord extends Omit<ActivityEntryInput, "occurred_at"> {
  id: string
  occurred_at: Date | string
}

/** A period: `from` included, `to` excluded. Either end may be open. */
export interface ActivitySummaryFilter {
  from?: Date
  to?: Date
}

export interface ActivityFilter extends ActivitySummaryFilter {
  actor_id?: string
  entity_type?: string
  limit: number
  offset: number
}

export interface ActivityPage {
  entries: ActivityEntryRecord[]
  count: number
  limit: number
  offset: number
}

/** How many changes of one kind a person made. */
export interface ActivityCount {
  entity_type: string
  action: ActivityAction
  count: number
}

/**
 * One person's contribution over a period, as the journal's summary table and the graded report
 * show it. Sorted by `total`, most active first.
 */
export interface ActorActivitySummary {
  actor_id: string
  actor_email: string | null
  actor_name: string | null
  total: number
  first_at: string
  last_at: string
  by_entity_type: Record<string, number>
  by_action: Partial<Record<ActivityAction, number>>
  counts: ActivityCount[]
}

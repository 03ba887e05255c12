import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import type { ActivityAction } from "./actions"
import { ActivityEntry } from "./models/activity-entry"
import type {
  ActivityEntryInput,
  ActivityEntryRecord,
  ActivityFilter,
  ActivityPage,
  ActivitySummaryFilter,
  ActorActivitySummary,
} from "./types"

type InjectedDependencies = {
  __pg_connection__: Knex
}

interface CountRow {
  actor_id: string
  actor_email: string | null
  actor_name: string | null
  entity_type: string
  action: ActivityAction
  count: string | number
  first_at: Date
  last_at: Date
}

/**
 * The journal is append-only: `record` writes, the other methods read. MedusaService also
 * generates update/delete methods; no route exposes them.
 */
export default class ActivityLogModuleService extends MedusaService({ ActivityEntry }) {
  protected readonly db_: Knex

  constructor(dependencies: InjectedDependencies) {
    super(...arguments)
    this.db_ = dependencies.__pg_connection__
  }

  async record(entry: ActivityEntryInput): Promise<void> {
    await this.createActivityEntries(entry)
  }

  /** Newest first, with the total count for pagination. */
  async listJournal(filter: ActivityFilter): Promise<ActivityPage> {
    const [entries, count] = await this.listAndCountActivityEntries(
      {
        ...(filter.actor_id ? { actor_id: filter.actor_id } : {}),
        ...(filter.entity_type ? { entity_type: filter.entity_type } : {}),
        ...periodFilter(filter),
      },
      { skip: filter.offset, take: filter.limit, order: { occurred_at: "DESC", id: "DESC" } }
    )
    return { entries: entries as ActivityEntryRecord[], count, limit: filter.limit, offset: filter.offset }
  }

  /**
   * Every entry of the period in time order, for the CSV export. Bounded: a class's admin
   * changes over a school year are thousands, not millions.
   */
  async listForExport(filter: Omit<ActivityFilter, "limit" | "offset">, max = 50_000): Promise<ActivityEntryRecord[]> {
    const entries = await this.listActivityEntries(
      {
        ...(filter.actor_id ? { actor_id: filter.actor_id } : {}),
        ...(filter.entity_type ? { entity_type: filter.entity_type } : {}),
        ...periodFilter(filter),
      },
      { take: max, order: { occurred_at: "ASC", id: "ASC" } }
    )
    return entries as ActivityEntryRecord[]
  }

  /** Per person: how many changes of each kind over the period (the graded report reads this). */
  async summariseByActor(filter: ActivitySummaryFilter = {}): Promise<ActorActivitySummary[]> {
    const query = this.db_("activity_entry")
      .select(
        "actor_id",
        this.db_.raw("max(actor_email) AS actor_email"),
        this.db_.raw("max(actor_name) AS actor_name"),
        "entity_type",
        "action",
        this.db_.raw("count(*) AS count"),
        this.db_.raw("min(occurred_at) AS first_at"),
        this.db_.raw("max(occurred_at) AS last_at")
      )
      .whereNull("deleted_at")
      .groupBy("actor_id", "entity_type", "action")
    if (filter.from) query.where("occurred_at", ">=", filter.from)
    if (filter.to) query.where("occurred_at", "<", filter.to)
    return foldSummary((await query) as CountRow[])
  }
}

function periodFilter(filter: ActivitySummaryFilter) {
  if (!filter.from && !filter.to) return {}
  return {
    occurred_at: {
      ...(filter.from ? { $gte: filter.from } : {}),
      ...(filter.to ? { $lt: filter.to } : {}),
    },
  }
}

/** Rows of (person, entity type, action, count) → one summary per person, most active first. */
export function foldSummary(rows: readonly CountRow[]): ActorActivitySummary[] {
  const byActor = new Map<string, ActorActivitySummary>()
  for (const row of rows) {
    const count = Number(row.count)
    const firstAt = new Date(row.first_at).toISOString()
    const lastAt = new Date(row.last_at).toISOString()
    let summary = byActor.get(row.actor_id)
    if (!summary) {
      summary = {
        actor_id: row.actor_id,
        actor_email: row.actor_email,
        actor_name: row.actor_name,
        total: 0,
        first_at: firstAt,
        last_at: lastAt,
        by_entity_type: {},
        by_action: {},
        counts: [],
      }
      byActor.set(row.actor_id, summary)
    }
    summary.total += count
    if (firstAt < summary.first_at) summary.first_at = firstAt
    if (lastAt > summary.last_at) summary.last_at = lastAt
    summary.by_entity_type[row.entity_type] = (summary.by_entity_type[row.entity_type] ?? 0) + count
    summary.by_action[row.action] = (summary.by_action[row.action] ?? 0) + count
    summary.counts.push({ entity_type: row.entity_type, action: row.action, count })
  }
  const summaries = [...byActor.values()]
  for (const summary of summaries) summary.counts.sort((a, b) => b.count - a.count || a.entity_type.localeCompare(b.entity_type))
  return summaries.sort((a, b) => b.total - a.total || (a.actor_name ?? a.actor_id).localeCompare(b.actor_name ?? b.actor_id))
}

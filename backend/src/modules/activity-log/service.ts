import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import type { ActivityAction } from "./actions"
import { type CustomerMention, type ScrubbableEntry, type ScrubbedFields, mentionTexts, scrubEntry } from "./customer-mentions"
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

const TABLE = "activity_entry"
const ENTRY_COLUMNS = [
  "id", "actor_id", "actor_email", "actor_name", "action", "entity_type", "entity_id", "entity_label",
  "summary", "method", "path", "occurred_at",
]

/**
 * The journal is append-only: `record` writes, the other methods read, with one exception: the
 * right to erasure takes a customer's e-mail and name out of the entries that name them
 * (`scrubCustomerMentions`). MedusaService also generates update/delete methods; no route
 * exposes them.
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

  /**
   * The live entries about one customer: about them, about their orders, or naming them in their
   * text (what a data-subject export includes). Oldest first.
   */
  async listCustomerMentions(mention: CustomerMention, max = 10_000): Promise<ActivityEntryRecord[]> {
    const texts = await this.customerTexts_(this.db_, mention)
    const rows = await this.mentionQuery_(this.db_, mention, texts, mention.relatedEntityIds)
      .whereNull("deleted_at")
      .select(ENTRY_COLUMNS)
      .orderBy([{ column: "occurred_at", order: "asc" }, { column: "id", order: "asc" }])
      .limit(max)
    return rows as ActivityEntryRecord[]
  }

  /**
   * Replaces the customer's e-mail and name with a neutral label in every entry naming them,
   * soft-deleted ones included; the entries and their actors stay. Returns the fields as they
   * were, for `restoreScrubbedEntries` (the erasure workflow's compensation).
   */
  async scrubCustomerMentions(mention: CustomerMention): Promise<ScrubbedFields[]> {
    return await this.db_.transaction(async (trx) => {
      const texts = await this.customerTexts_(trx, mention)
      const candidates = (await this.mentionQuery_(trx, mention, texts, [])
        .select("id", "entity_type", "entity_id", "entity_label", "summary", "path")
        .forUpdate()) as ScrubbableEntry[]
      const previous: ScrubbedFields[] = []
      for (const entry of candidates) {
        const scrubbed = scrubEntry(entry, mention.customerId, texts)
        if (!scrubbed) continue
        const { id, ...fields } = scrubbed
        await trx(TABLE).where({ id }).update({ ...fields, updated_at: trx.fn.now() })
        previous.push({ id, entity_label: entry.entity_label, summary: entry.summary, path: entry.path })
      }
      return previous
    })
  }

  /** Writes back what `scrubCustomerMentions` replaced. */
  async restoreScrubbedEntries(previous: readonly ScrubbedFields[]): Promise<void> {
    if (previous.length === 0) return
    await this.db_.transaction(async (trx) => {
      for (const { id, ...fields } of previous) await trx(TABLE).where({ id }).update(fields)
    })
  }

  /**
   * The texts naming the customer: the ones given, plus the labels of the entries about the
   * customer, which may hold an e-mail they had before an admin changed it.
   */
  protected async customerTexts_(db: Knex, mention: CustomerMention): Promise<string[]> {
    const labels = (await db(TABLE)
      .distinct("entity_label")
      .where({ entity_type: "customer", entity_id: mention.customerId })
      .whereNotNull("entity_label")) as { entity_label: string }[]
    return mentionTexts([...mention.texts, ...labels.map((row) => row.entity_label)])
  }

  /** Entries about the customer or the related entities, or whose text holds one of `texts` (lower-case). */
  protected mentionQuery_(db: Knex, mention: CustomerMention, texts: readonly string[], relatedEntityIds: readonly string[]) {
    return db(TABLE).where((where) => {
      where.where({ entity_type: "customer", entity_id: mention.customerId })
      if (relatedEntityIds.length > 0) where.orWhereIn("entity_id", [...relatedEntityIds])
      for (const text of texts) {
        where.orWhereRaw("strpos(lower(concat_ws(' ', entity_label, summary, path)), ?) > 0", [text])
      }
    })
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

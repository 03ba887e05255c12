import { randomUUID } from "node:crypto"
import { type NormalisedEvent, normaliseCapture } from "@comptoir/analytics"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { ClientBase, QueryResult } from "pg"
import { EVENT_TABLE, INSERT_EVENTS_RETURNING_SQL, INSERT_EVENTS_SQL } from "./columns"
import { CapturedEvent } from "./models/captured-event"
import { localClientKey } from "./client-key"
import { GroupInsert } from "./group-insert"
import { type RateDecision, RateLimiter } from "./rate-limiter"
import { RedisRateLimiter } from "./redis-rate-limiter"
import { insertParameters } from "./rows"
import { DELETE_PERSON_EVENTS_SQL, type PersonLink, SELECT_PERSON_EVENTS_SQL, personBindings } from "./person-data"
import {
  DEFAULT_PURGE_BATCH_SIZE,
  DEFAULT_RETENTION_MONTHS,
  PURGE_EVENTS_BATCH_SQL,
  type PurgeResult,
  ROLLUP_TABLES,
  purgeRollupBatchSql,
  retentionCutoff,
} from "./retention"
import { type ServerEventInput, serverEventsEnvelope } from "./server-events"

export interface EventStoreModuleOptions {
  /**
   * Capture requests accepted per client and per minute (ANALYTICS_RATE_LIMIT_PER_MINUTE).
   * @default 600
   */
  rateLimitPerMinute?: number
  /**
   * REDIS_URL. With it the rate limit is counted in Redis, one budget for every process that
   * serves the ingest (see redis-rate-limiter.ts); without it, in this process.
   */
  redisUrl?: string
  /**
   * Raw events older than this many months are deleted by the daily purge job
   * (ANALYTICS_RETENTION_MONTHS, at most 25).
   * @default 25
   */
  retentionMonths?: number
}

type InjectedDependencies = {
  /** Medusa's shared knex connection; the batch insert runs on a connection of its pool. */
  __pg_connection__: Knex
  logger: Logger
}

export interface StoreResult {
  /** The uuid of every event of the batch, assigned by the server where the client sent none. */
  uuids: string[]
  /** Rows actually written; duplicates of events already stored are not counted. */
  inserted: number
}

const DEFAULT_RATE_LIMIT_PER_MINUTE = 600
/** Names of the prepared statements; a new SQL text needs a new name. */
const INSERT_STATEMENT = "comptoir_insert_events_v3"
const INSERT_RETURNING_STATEMENT = "comptoir_insert_events_returning_v3"
/**
 * Group commit of capture batches (group-insert.ts): one statement at a time, up to 2,000 events
 * (~2.5 MB of parameters). While it runs, the batches Node normalises meanwhile wait for the
 * next one: under the benchmark (8 connections, 50-event batches) ~190 rows per INSERT, against
 * ~100 with two statements at a time.
 */
const CAPTURE_GROUP = { maxInFlight: 1, maxItems: 2_000 }

export default class EventStoreModuleService extends MedusaService({ CapturedEvent }) {
  protected readonly db_: Knex
  protected readonly rateLimiter_: RateLimiter | RedisRateLimiter
  protected readonly retentionMonths_: number
  protected readonly captureWrites_: GroupInsert<NormalisedEvent>

  constructor(dependencies: InjectedDependencies, options: EventStoreModuleOptions = {}) {
    super(...arguments)
    this.db_ = dependencies.__pg_connection__
    this.retentionMonths_ = options.retentionMonths ?? DEFAULT_RETENTION_MONTHS
    this.captureWrites_ = new GroupInsert((events) => this.insert_(INSERT_STATEMENT, INSERT_EVENTS_SQL, events), CAPTURE_GROUP)
    const limitPerMinute = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE
    const local = new RateLimiter({ limitPerMinute })
    this.rateLimiter_ = options.redisUrl
      ? new RedisRateLimiter({
          redisUrl: options.redisUrl,
          limitPerMinute,
          fallback: local,
          warn: (message) => dependencies.logger.warn(message),
        })
      : local
  }

  readonly __hooks = {
    onApplicationShutdown: async () => {
      if (this.rateLimiter_ instanceof RedisRateLimiter) await this.rateLimiter_.close()
    },
  }

  /**
   * Writes a batch of normalised events in one INSERT, committed when the promise resolves
   * (autocommit), so the caller may acknowledge the batch. Events already stored (same uuid)
   * are skipped. Events without a uuid get one here, written back onto the event.
   */
  async storeEvents(events: NormalisedEvent[]): Promise<StoreResult> {
    if (events.length === 0) return { uuids: [], inserted: 0 }
    const result = await this.insert_(INSERT_STATEMENT, INSERT_EVENTS_SQL, events)
    return { uuids: events.map((event) => event.uuid as string), inserted: result.rowCount ?? 0 }
  }

  /**
   * Writes one capture request's events, committed when the promise resolves, possibly in the
   * same INSERT as other requests' batches that arrived meanwhile (group commit: under load, less
   * Postgres and Node CPU per event than one statement per request). Same dedupe by uuid as
   * storeEvents.
   */
  async storeCaptureBatch(events: NormalisedEvent[]): Promise<void> {
    if (events.length === 0) return
    await this.captureWrites_.add(events)
  }

  /**
   * Records events the backend emits itself. They go through the same normalisation as the
   * browser's. Returns the uuids actually inserted (not those already stored), which is what a
   * workflow's compensation may remove.
   */
  async recordServerEvents(events: ServerEventInput[]): Promise<string[]> {
    if (events.length === 0) return []
    const normalised = normaliseCapture({ body: serverEventsEnvelope(events), contentType: "application/json" })
    if (!normalised.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `server event refused: ${normalised.reason}`)
    }
    const result = await this.insert_(INSERT_RETURNING_STATEMENT, INSERT_EVENTS_RETURNING_SQL, normalised.events)
    return result.rows.map((row) => row.uuid)
  }

  /** Removes events by uuid: the compensation of a workflow step that stored them. */
  async deleteEventsByUuid(uuids: string[]): Promise<number> {
    if (uuids.length === 0) return 0
    return await this.db_(EVENT_TABLE).whereIn("uuid", uuids).delete()
  }

  /** The configured retention of raw events, in months (for the "données personnelles" page). */
  getRetentionMonths(): number {
    return this.retentionMonths_
  }

  /**
   * Deletes the events dated before the retention period and the rollup rows of visits started
   * before it, in batches of `batchSize` rows (each its own short transaction). `now` is a
   * parameter so that tests can run the purge at any date.
   */
  async purgeExpiredEvents({
    now = new Date(),
    retentionMonths = this.retentionMonths_,
    batchSize = DEFAULT_PURGE_BATCH_SIZE,
  }: { now?: Date; retentionMonths?: number; batchSize?: number } = {}): Promise<PurgeResult> {
    const cutoff = retentionCutoff(now, retentionMonths)
    const events = await this.deleteInBatches_(PURGE_EVENTS_BATCH_SQL, cutoff, batchSize)
    let rollupRows = 0
    for (const table of ROLLUP_TABLES) rollupRows += await this.deleteInBatches_(purgeRollupBatchSql(table), cutoff, batchSize)
    return { cutoff, events, rollupRows }
  }

  protected async deleteInBatches_(sql: string, cutoff: Date, batchSize: number): Promise<number> {
    let total = 0
    for (;;) {
      const { rowCount } = (await this.db_.raw(sql, [cutoff.toISOString(), batchSize])) as { rowCount: number | null }
      total += rowCount ?? 0
      if ((rowCount ?? 0) < batchSize) return total
    }
  }

  /** One person's analytics events (the right of access), oldest first. */
  async listPersonEvents(link: PersonLink, limit = 10_000): Promise<Record<string, unknown>[]> {
    const { rows } = (await this.db_.raw(SELECT_PERSON_EVENTS_SQL, personBindings(link, [limit]))) as {
      rows: Record<string, unknown>[]
    }
    return rows
  }

  /** Deletes one person's analytics events and the rollups of their visits (the right to erasure). */
  async erasePersonEvents(link: PersonLink): Promise<{ events: number; rollupRows: number }> {
    const { rows } = (await this.db_.raw(DELETE_PERSON_EVENTS_SQL, personBindings(link, [JSON.stringify(link.orderIds)]))) as {
      rows: { events: number; rollup_rows: number }[]
    }
    return { events: rows[0]?.events ?? 0, rollupRows: rows[0]?.rollup_rows ?? 0 }
  }

  /**
   * Runs the batch INSERT on a connection of Medusa's own pool, as a named prepared statement:
   * Postgres parses and plans it once per connection instead of once per batch. (knex's raw()
   * cannot bind an array as one parameter, hence the driver's connection.)
   */
  protected async insert_(name: string, text: string, events: readonly NormalisedEvent[]): Promise<QueryResult<{ uuid: string }>> {
    for (const event of events) event.uuid ??= randomUUID()
    const values = insertParameters(events)
    const connection = (await this.db_.client.acquireConnection()) as ClientBase
    try {
      return await connection.query<{ uuid: string }>({ name, text, values })
    } finally {
      await this.db_.client.releaseConnection(connection)
    }
  }

  /**
   * Counts one capture request from `clientSource` (the route's captureClientSource: a visitor
   * id or an address). It is hashed with a daily salt before being counted, never kept as is.
   */
  async takeRateToken(clientSource: string): Promise<RateDecision> {
    if (this.rateLimiter_ instanceof RedisRateLimiter) return await this.rateLimiter_.take(clientSource)
    return this.rateLimiter_.take(localClientKey(clientSource))
  }
}

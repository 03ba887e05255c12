import { randomUUID } from "node:crypto"
import { type NormalisedEvent, normaliseCapture } from "@comptoir/analytics"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { ClientBase, QueryResult } from "pg"
import { EVENT_TABLE, INSERT_EVENTS_RETURNING_SQL, INSERT_EVENTS_SQL } from "./columns"
import { CapturedEvent } from "./models/captured-event"
import { localClientKey } from "./client-key"
import { type RateDecision, RateLimiter } from "./rate-limiter"
import { RedisRateLimiter } from "./redis-rate-limiter"
import { insertParameters } from "./rows"
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

export default class EventStoreModuleService extends MedusaService({ CapturedEvent }) {
  protected readonly db_: Knex
  protected readonly rateLimiter_: RateLimiter | RedisRateLimiter

  constructor(dependencies: InjectedDependencies, options: EventStoreModuleOptions = {}) {
    super(...arguments)
    this.db_ = dependencies.__pg_connection__
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

  /**
   * Runs the batch INSERT on a connection of Medusa's own pool, as a named prepared statement:
   * Postgres parses and plans it once per connection instead of once per batch. (knex's raw()
   * cannot bind an array as one parameter, hence the driver's connection.)
   */
  protected async insert_(name: string, text: string, events: NormalisedEvent[]): Promise<QueryResult<{ uuid: string }>> {
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

import { randomBytes } from "node:crypto"
import Redis from "ioredis"
import { DAY_MS, hashClientSource, localClientKey } from "./client-key"
import type { RateDecision, RateLimiter } from "./rate-limiter"

const WINDOW_MS = 60_000
const COUNT_PREFIX = "comptoir:ingest-rate:"
const SALT_PREFIX = "comptoir:ingest-rate-salt:"

/**
 * Counts one request and returns the count and the window's remaining milliseconds, atomically:
 * the first request of a window creates the key with its expiry, as the in-process limiter
 * opens a window on a client's first request.
 */
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {count, ttl}
`

type TakeCommand = (key: string, windowMs: number) => Promise<[number, number]>

export interface RedisRateLimiterOptions {
  redisUrl: string
  limitPerMinute: number
  /** Used while Redis cannot be reached, so the ingest keeps both its service and a limit. */
  fallback: RateLimiter
  /** Told once per outage, not once per request. */
  warn: (message: string) => void
  /** Clock in milliseconds; tests pin it. @default Date.now */
  now?: () => number
}

/**
 * The capture rate limit shared by every process that serves the ingest. With REDIS_URL the
 * backend may run as a server and a worker, or as several processes behind a proxy; an
 * in-process counter would then give each process its own budget, multiplying the limit by
 * the number of processes. So the count lives in Redis, one key per client and per minute
 * (INCR + PEXPIRE in one script, one round trip), and so does the day's salt of the client keys
 * (with a salt per process, one visitor would have one key, hence one budget, per process).
 * The salt expires from Redis after two days, so keys of two days still cannot be linked.
 * If Redis fails, the in-process counter takes over rather than refusing every capture or
 * letting every one through.
 */
export class RedisRateLimiter {
  private readonly redis: Redis
  private readonly take_: TakeCommand
  private readonly limit: number
  private readonly fallback: RateLimiter
  private readonly warn: (message: string) => void
  private readonly now: () => number
  private salt: { day: number; secret: Buffer } = { day: -1, secret: Buffer.alloc(0) }
  private failing = false

  constructor(options: RedisRateLimiterOptions) {
    this.limit = options.limitPerMinute
    this.fallback = options.fallback
    this.warn = options.warn
    this.now = options.now ?? Date.now
    // A capture waits at most half a second for Redis, then the fallback counts it.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 500 })
    this.redis.on("error", () => {
      // Reported by take() when a request actually fails; ioredis reconnects on its own.
    })
    this.redis.defineCommand("comptoirTakeRateToken", { numberOfKeys: 1, lua: TAKE_SCRIPT })
    this.take_ = (key, windowMs) =>
      (this.redis as unknown as { comptoirTakeRateToken: TakeCommand }).comptoirTakeRateToken(key, windowMs)
  }

  /** Counts one capture request from `clientSource` (see captureClientSource); only its hash reaches Redis. */
  async take(clientSource: string): Promise<RateDecision> {
    const now = this.now()
    try {
      const key = hashClientSource(clientSource, await this.sharedSalt(now))
      const [count, ttlMs] = await this.take_(COUNT_PREFIX + key, WINDOW_MS)
      if (this.failing) {
        this.failing = false
        this.warn("ingest rate limit: Redis is back, the shared counter is used again")
      }
      if (count <= this.limit) return { allowed: true }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) }
    } catch (error) {
      if (!this.failing) {
        this.failing = true
        this.warn(`ingest rate limit: Redis unavailable (${String(error)}); counting in this process until it returns`)
      }
      return this.fallback.take(localClientKey(clientSource, now))
    }
  }

  /** The day's salt, the same for every process: the first one to need it draws it. */
  private async sharedSalt(now: number): Promise<Buffer> {
    const day = Math.floor(now / DAY_MS)
    if (this.salt.day === day) return this.salt.secret
    const key = `${SALT_PREFIX}${day}`
    await this.redis.set(key, randomBytes(32).toString("base64"), "PX", 2 * DAY_MS, "NX")
    const stored = await this.redis.get(key)
    if (stored === null) throw new Error("the day's salt vanished from Redis")
    this.salt = { day, secret: Buffer.from(stored, "base64") }
    return this.salt.secret
  }

  async close(): Promise<void> {
    this.redis.disconnect()
  }
}

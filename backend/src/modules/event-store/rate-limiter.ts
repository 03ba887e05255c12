export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface RateLimiterOptions {
  /** Requests accepted per client in one minute. */
  limitPerMinute: number
  /**
   * Clients remembered at once. Past it, new clients share one bucket: a flood of made-up
   * client keys then throttles itself instead of growing the process's memory.
   * @default 100_000
   */
  maxClients?: number
  /** Clock in milliseconds; tests pin it. @default Date.now */
  now?: () => number
}

const WINDOW_MS = 60_000
const OVERFLOW_KEY = "\u0000overflow"

interface Window {
  startedAt: number
  count: number
}

/**
 * A one-minute window per client, opened by the client's first request, in memory: the limit
 * when the backend runs as one process (no REDIS_URL), and the fallback of RedisRateLimiter
 * while Redis is unreachable. With several processes each would count apart, hence Redis then.
 * Expired windows are swept once a minute, so memory holds about two minutes of clients at
 * most. Keys are opaque: the caller hashes anything personal.
 */
export class RateLimiter {
  private readonly limit: number
  private readonly maxClients: number
  private readonly now: () => number
  private readonly windows = new Map<string, Window>()
  private lastSweep = 0

  constructor(options: RateLimiterOptions) {
    if (!Number.isSafeInteger(options.limitPerMinute) || options.limitPerMinute < 1) {
      throw new RangeError(`limitPerMinute must be a positive integer, got ${String(options.limitPerMinute)}`)
    }
    this.limit = options.limitPerMinute
    this.maxClients = options.maxClients ?? 100_000
    this.now = options.now ?? Date.now
  }

  /** Counts one request for `clientKey` and says whether it is within the limit. */
  take(clientKey: string): RateDecision {
    const now = this.now()
    if (now - this.lastSweep >= WINDOW_MS) this.sweep(now)
    const known = this.windows.has(clientKey) || this.windows.size < this.maxClients
    const key = known ? clientKey : OVERFLOW_KEY
    let window = this.windows.get(key)
    if (window === undefined || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, count: 0 }
      this.windows.set(key, window)
    }
    window.count += 1
    if (window.count <= this.limit) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000)) }
  }

  private sweep(now: number): void {
    this.lastSweep = now
    for (const [key, window] of this.windows) if (now - window.startedAt >= WINDOW_MS) this.windows.delete(key)
  }
}

import type { IngestConfig } from '../config'

export interface TimestampInput {
  /** The event's own `timestamp`: ISO string or milliseconds since 1970. */
  timestamp: unknown
  /** posthog's `offset`: milliseconds between the event and the sending. */
  offset: unknown
  /** The envelope's `sent_at`, already parsed. */
  sentAtMs: number | null
  /** `$ignore_sent_at: true` asks to trust `timestamp` as is (imports of past events). */
  ignoreSentAt: boolean
}

/** Parses an ISO date string or a millisecond count; anything else gives null. */
export function parseTimeMs(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/**
 * When the event happened, on the server's clock. posthog-js stamps events with the browser's
 * clock, which on school laptops can be hours off; the envelope's `sent_at` comes from the same
 * clock, so `timestamp - sent_at` is the event's age whatever the drift, and the server adds it
 * to its own reception time (PostHog does the same). Results more than `maxFutureSkewMs` ahead
 * or before `earliestTimestampMs` are broken clocks and fall back to the reception time.
 */
export function resolveTimestamp(
  input: TimestampInput,
  nowMs: number,
  limits: Pick<IngestConfig, 'maxFutureSkewMs' | 'earliestTimestampMs'>,
): Date {
  const timestampMs = parseTimeMs(input.timestamp)
  let resolved: number
  if (timestampMs !== null && input.sentAtMs !== null && !input.ignoreSentAt) {
    resolved = nowMs + (timestampMs - input.sentAtMs)
  } else if (typeof input.offset === 'number' && Number.isFinite(input.offset) && input.offset >= 0) {
    resolved = nowMs - input.offset
  } else if (timestampMs !== null) {
    resolved = timestampMs
  } else {
    resolved = nowMs
  }
  if (resolved > nowMs + limits.maxFutureSkewMs || resolved < limits.earliestTimestampMs) {
    resolved = nowMs
  }
  return new Date(resolved)
}

/**
 * Limits applied to every capture request. They are the one place where the ingest's defaults
 * live: the backend passes overrides (from its own configuration) and everything else reads the
 * resolved object, so a teacher reading this file sees every bound the server enforces.
 */
export interface IngestConfig {
  /**
   * Largest request body accepted as received (before any base64 or gzip decoding), in bytes.
   * Larger bodies are refused with 413.
   * @default 2_097_152 (2 MiB)
   */
  maxBodyBytes: number
  /**
   * Largest body once decoded (base64 and gzip undone), in bytes. gzip output is capped at this
   * size while decompressing, so a "gzip bomb" is refused with 413 without filling memory.
   * posthog-js events weigh 1–3 KB, so a full batch of `maxEventsPerBatch` fits.
   * @default 16_777_216 (16 MiB)
   */
  maxDecodedBytes: number
  /**
   * Most events accepted in one request. posthog-js flushes a few dozen at a time; the market
   * simulator sends larger batches, hence the headroom.
   * @default 5_000
   */
  maxEventsPerBatch: number
  /**
   * Deepest nesting accepted inside an event's properties (an object or array inside another
   * counts one level). posthog-js stays under 6; deeper payloads are hostile or broken.
   * @default 20
   */
  maxDepth: number
  /**
   * Longest string accepted anywhere in the payload (values and keys), in characters. Typed
   * columns are clipped further (URLs to 2048, names to 200); this limit refuses the request.
   * @default 65_536
   */
  maxStringLength: number
  /**
   * Most keys accepted in one event's top-level properties. posthog-js sends about 80.
   * @default 1_000
   */
  maxPropertiesPerEvent: number
  /**
   * How far in the future an event's timestamp may be before it is replaced by the reception
   * time, in milliseconds. Same tolerance as PostHog (clocks of school laptops drift).
   * @default 82_800_000 (23 hours)
   */
  maxFutureSkewMs: number
  /**
   * Earliest timestamp accepted, in milliseconds since 1970; anything older is a broken clock
   * and is replaced by the reception time. Generated history for the demo shop stays after it.
   * @default 946_684_800_000 (2000-01-01T00:00:00Z)
   */
  earliestTimestampMs: number
}

export const DEFAULT_INGEST_CONFIG: Readonly<IngestConfig> = Object.freeze({
  maxBodyBytes: 2_097_152,
  maxDecodedBytes: 16_777_216,
  maxEventsPerBatch: 5_000,
  maxDepth: 20,
  maxStringLength: 65_536,
  maxPropertiesPerEvent: 1_000,
  maxFutureSkewMs: 82_800_000,
  earliestTimestampMs: 946_684_800_000,
})

/**
 * Merges overrides onto the defaults. A limit that is not a positive integer is a configuration
 * mistake, so it throws at start-up rather than silently disabling a protection.
 */
export function resolveIngestConfig(overrides: Partial<IngestConfig> = {}): IngestConfig {
  const resolved: IngestConfig = { ...DEFAULT_INGEST_CONFIG }
  for (const key of Object.keys(DEFAULT_INGEST_CONFIG) as (keyof IngestConfig)[]) {
    const value = overrides[key]
    if (value === undefined) continue
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`ingest config ${key} must be a positive integer, got ${String(value)}`)
    }
    resolved[key] = value
  }
  return resolved
}

import type { IngestConfig } from '../config'
import { isRecord } from '../json'
import { TEXT_LIMITS, readText } from '../text'
import { parseTimeMs } from './timestamp'
import type { NormaliseFailure } from './types'

export interface Envelope {
  rawEvents: readonly unknown[]
  /** The sender's clock at sending, for drift correction. */
  sentAtMs: number | null
  apiKey: string | null
}

export type EnvelopeResult = ({ ok: true } & Envelope) | NormaliseFailure

function readApiKey(record: Record<string, unknown>): string | null {
  const properties = record.properties
  const fromProperties = isRecord(properties) ? properties.token : undefined
  return readText(record.api_key ?? record.token ?? fromProperties, TEXT_LIMITS.id)
}

/**
 * Finds the events in the three shapes PostHog clients send: the batch envelope
 * `{ api_key, batch: [...], sent_at }`, a bare array of events, or one event object.
 */
export function readEnvelope(
  value: unknown,
  limits: Pick<IngestConfig, 'maxEventsPerBatch'>,
): EnvelopeResult {
  let rawEvents: readonly unknown[]
  let sentAtMs: number | null = null
  let apiKey: string | null = null
  if (Array.isArray(value)) {
    rawEvents = value
  } else if (isRecord(value)) {
    sentAtMs = parseTimeMs(value.sent_at)
    if ('batch' in value) {
      if (!Array.isArray(value.batch)) {
        return { ok: false, status: 400, reason: '"batch" must be an array of events' }
      }
      rawEvents = value.batch
      apiKey = readText(value.api_key ?? value.token, TEXT_LIMITS.id)
    } else if ('event' in value) {
      rawEvents = [value]
      apiKey = readApiKey(value)
    } else {
      return { ok: false, status: 400, reason: 'body has neither a "batch" nor an "event"' }
    }
  } else {
    return { ok: false, status: 400, reason: 'body must be a JSON object or array' }
  }
  if (rawEvents.length > limits.maxEventsPerBatch) {
    return {
      ok: false,
      status: 413,
      reason: `batch holds ${rawEvents.length} events; the limit is ${limits.maxEventsPerBatch}`,
    }
  }
  if (apiKey === null) {
    const first = rawEvents[0]
    if (isRecord(first)) apiKey = readApiKey(first)
  }
  return { ok: true, rawEvents, sentAtMs, apiKey }
}

import { resolveIngestConfig } from '../config'
import { TEXT_LIMITS, readText } from '../text'
import { decodeBody } from './decode'
import { readEnvelope } from './envelope'
import { type BatchContext, normaliseEvent } from './event'
import type { NormaliseOptions, NormaliseResult, NormalisedEvent, RawCaptureRequest } from './types'

function receptionTimeMs(now: Date | undefined): number {
  const ms = now?.getTime()
  return ms === undefined || Number.isNaN(ms) ? Date.now() : ms
}

/**
 * Turns a posthog-js capture request into events ready to store, or says in plain English why
 * it is refused (400: malformed, 413: too large). One faulty event refuses the whole request:
 * posthog-js retries a refused batch, so a partial write would store the good events twice.
 * Never throws on any body; the fuzz test holds it to that.
 */
export function normaliseCapture(request: RawCaptureRequest, options: NormaliseOptions = {}): NormaliseResult {
  const config = resolveIngestConfig(options.config)
  const decoded = decodeBody(request, config)
  if (!decoded.ok) return decoded
  const envelope = readEnvelope(decoded.value, config)
  if (!envelope.ok) return envelope

  const context: BatchContext = {
    config,
    nowMs: receptionTimeMs(options.now),
    sentAtMs: envelope.sentAtMs,
    userAgent: readText(request.userAgent, TEXT_LIMITS.userAgent),
    keyVerdicts: new Map(),
    urlCache: new Map(),
    channelCache: new Map(),
  }
  const events: NormalisedEvent[] = new Array<NormalisedEvent>()
  for (let index = 0; index < envelope.rawEvents.length; index++) {
    const result = normaliseEvent(envelope.rawEvents[index], index, context)
    if (!result.ok) return { ok: false, status: 400, reason: result.reason }
    events.push(result.event)
  }
  return { ok: true, events, api_key: envelope.apiKey }
}

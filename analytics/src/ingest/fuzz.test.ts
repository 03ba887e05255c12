import { describe, expect, it } from 'vitest'
import type { JsonValue } from '../json'
import { TEXT_LIMITS } from '../text'
import { FIXED_NOW, beaconBody, browserEvent, envelope, gzipBody, jsonBody } from '../test-helpers/posthog'
import { normaliseCapture } from './normalise'
import { looksLikeIpAddress } from './privacy'
import type { NormaliseResult, RawCaptureRequest } from './types'

/** mulberry32: a tiny seeded PRNG, so a failing case can be replayed from its iteration number. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const random = prng(20261123)
const int = (max: number) => Math.floor(random() * max)
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T

const TRICKY_STRINGS = [
  '', ' ', '$direct', '192.0.2.1', '::1', 'https://www.google.fr/search?q=t', 'http://localhost:8000/?gclid=x&utm_medium=CPC',
  'javascript:alert(1)', '\u0000', '\ud800', 'é'.repeat(50), 'a'.repeat(3000), '__proto__', 'Googlebot/2.1', '1970-01-01',
  'Mobile', 'bot', '{"event":"x"}', 'data=', '%ZZ',
]
const KEYS = [
  'event', 'properties', 'uuid', 'timestamp', 'offset', 'distinct_id', '$set', 'batch', 'sent_at', 'api_key', '$current_url',
  '$referrer', '$referring_domain', '$host', '$pathname', 'utm_source', 'utm_medium', 'gclid', 'fbclid', '$session_entry_url',
  '$session_entry_referrer', '$device_type', '$browser', '$os', '$raw_user_agent', '$viewport_width', '$ip', '__proto__',
  '$comptoir_simulated', '$browser_type', 'order_id', 'items', 'total', 'promotions',
]

function randomValue(depth: number): JsonValue {
  const roll = int(depth > 6 ? 6 : 9)
  switch (roll) {
    case 0: return null
    case 1: return random() < 0.5
    case 2: return pick([0, -1, 1e308, -0, 3.5, 2 ** 53, 1920])
    case 3: case 4: return pick(TRICKY_STRINGS)
    case 5: return String.fromCharCode(...Array.from({ length: int(20) }, () => int(0xffff)))
    case 6: return Array.from({ length: int(4) }, () => randomValue(depth + 1))
    default: return Object.fromEntries(Array.from({ length: int(6) }, () => [pick(KEYS), randomValue(depth + 1)]))
  }
}

function deepNest(levels: number): JsonValue {
  let value: JsonValue = 'leaf'
  for (let i = 0; i < levels; i++) value = random() < 0.5 ? [value] : { k: value }
  return value
}

function mutate(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes)
  switch (int(4)) {
    case 0: return copy.subarray(0, int(copy.length + 1))
    case 1:
      for (let i = 0; i < 1 + int(8); i++) copy[int(copy.length)] = int(256)
      return copy
    case 2: return Buffer.concat([copy.subarray(0, int(copy.length)), Buffer.from(pick(TRICKY_STRINGS)), copy.subarray(int(copy.length))])
    default: return Buffer.concat([copy, copy.subarray(0, int(copy.length))])
  }
}

function randomRequest(): RawCaptureRequest {
  const shape = int(7)
  const structured = () =>
    pick([
      envelope([browserEvent(), { event: pick(TRICKY_STRINGS), properties: randomValue(0) }]),
      [randomValue(0), browserEvent('order_placed', { total: randomValue(0) })],
      { event: '$pageview', properties: { nested: deepNest(int(30)), ...(randomValue(0) as object) } },
      envelope([browserEvent('product_viewed', { [pick(KEYS)]: randomValue(1) }), browserEvent()]),
      randomValue(0),
    ])
  let body: Buffer
  if (shape === 0) body = Buffer.from(Array.from({ length: int(400) }, () => int(256)))
  else if (shape === 1) body = jsonBody(structured())
  else if (shape === 2) body = gzipBody(structured())
  else if (shape === 3) body = beaconBody(structured())
  else if (shape === 4) body = mutate(gzipBody(structured()))
  else if (shape === 5) body = mutate(beaconBody(structured()))
  else body = mutate(jsonBody(structured()))
  return {
    body,
    contentType: pick([undefined, null, 'text/plain', 'application/json', 'application/x-www-form-urlencoded']),
    query: pick([undefined, 'compression=base64', { compression: 'gzip-js' }, { compression: ['lz64'] }, new URLSearchParams()]),
    userAgent: pick([undefined, null, 'curl/8.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148']),
  }
}

function collectStrings(value: JsonValue, out: string[]): void {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out)
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) collectStrings(value[key] as JsonValue, out)
}

function checkInvariants(result: NormaliseResult): void {
  if (!result.ok) {
    expect([400, 413]).toContain(result.status)
    expect(result.reason.length).toBeGreaterThan(0)
    return
  }
  for (const event of result.events) {
    expect(Number.isNaN(event.timestamp.getTime())).toBe(false)
    expect(event.url === null || event.url.length <= TEXT_LIMITS.url).toBe(true)
    expect(event.event.length).toBeLessThanOrEqual(TEXT_LIMITS.name)
    const strings: string[] = []
    collectStrings(event.properties, strings)
    expect(strings.filter(looksLikeIpAddress)).toEqual([])
    expect(Object.keys(event.properties)).not.toContain('$ip')
  }
}

describe('normaliseCapture under fuzzing', () => {
  it('never throws on 3000 random or mutated bodies, and keeps its invariants', () => {
    const outcomes = { ok: 0, 400: 0, 413: 0 }
    for (let iteration = 0; iteration < 3000; iteration++) {
      const request = randomRequest()
      let result: NormaliseResult
      try {
        // Tight limits now and then, so the 413 paths are walked too.
        const config = random() < 0.2 ? { maxDecodedBytes: 2000, maxEventsPerBatch: 1 } : {}
        result = normaliseCapture(request, { now: FIXED_NOW, config })
      } catch (error) {
        throw new Error(`iteration ${iteration} threw: ${String(error)}`)
      }
      checkInvariants(result)
      outcomes[result.ok ? 'ok' : result.status] += 1
    }
    // The generator must exercise both acceptance and refusal, or the loop proves little.
    expect(outcomes.ok).toBeGreaterThan(100)
    expect(outcomes[400]).toBeGreaterThan(100)
    expect(outcomes[413]).toBeGreaterThan(10)
  }, 60_000) // 3000 bodies take about a second; a loaded CI machine can take many times that
})

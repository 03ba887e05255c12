import type { IngestConfig } from '../config'
import type { JsonObject, JsonValue, UnknownRecord } from '../json'
import { isIpLikeKey, looksLikeIpAddress } from './privacy'

/** Thrown inside the walk only; sanitiseProperties turns it into a plain-English reason. */
class LimitExceeded extends Error {}

type WalkLimits = Pick<IngestConfig, 'maxDepth' | 'maxStringLength'>

/** Keys to leave out: a Set, or anything answering `has` (a set plus a prefix rule). */
export interface KeyFilter {
  has(key: string): boolean
}

/**
 * Remembers the verdict of isIpLikeKey per key for one request: a batch repeats the same few
 * hundred keys thousands of times.
 */
export type KeyVerdicts = Map<string, boolean>

function dropKey(key: string, verdicts: KeyVerdicts): boolean {
  // JSON.parse makes "__proto__" an own key; assigning it to a plain object would replace the
  // object's prototype instead of storing a value.
  if (key === '__proto__') return true
  let isIp = verdicts.get(key)
  if (isIp === undefined) {
    isIp = isIpLikeKey(key)
    verdicts.set(key, isIp)
  }
  return isIp
}

function checkString(value: string, limits: WalkLimits): void {
  if (value.length > limits.maxStringLength) {
    throw new LimitExceeded(`a string is longer than ${limits.maxStringLength} characters`)
  }
}

/** Returns undefined for values to drop (IP addresses, non-JSON values). */
function walk(value: unknown, depth: number, limits: WalkLimits, verdicts: KeyVerdicts): JsonValue | undefined {
  switch (typeof value) {
    case 'string':
      checkString(value, limits)
      return looksLikeIpAddress(value) ? undefined : value
    case 'number':
      return Number.isFinite(value) ? value : undefined
    case 'boolean':
      return value
    case 'object':
      break
    default:
      return undefined
  }
  if (value === null) return null
  if (depth >= limits.maxDepth) {
    throw new LimitExceeded(`properties are nested deeper than ${limits.maxDepth} levels`)
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = []
    for (const item of value) {
      const clean = walk(item, depth + 1, limits, verdicts)
      if (clean !== undefined) out.push(clean)
    }
    return out
  }
  return walkObject(value as UnknownRecord, depth + 1, limits, verdicts, null)
}

function walkObject(
  source: UnknownRecord,
  depth: number,
  limits: WalkLimits,
  verdicts: KeyVerdicts,
  omit: KeyFilter | null,
): JsonObject {
  const out: JsonObject = {}
  for (const key of Object.keys(source)) {
    checkString(key, limits)
    const value = source[key]
    if (omit?.has(key)) {
      // Omitted keys move to typed columns, which clip them; an oversized value is still refused.
      if (typeof value === 'string') checkString(value, limits)
      continue
    }
    if (dropKey(key, verdicts)) continue
    const clean = walk(value, depth, limits, verdicts)
    if (clean !== undefined) out[key] = clean
  }
  return out
}

export type SanitiseResult = { ok: true; properties: JsonObject } | { ok: false; reason: string }

/**
 * Copies an event's properties into plain JSON: keys in `omit` (already stored in typed
 * columns) and anything that looks like an IP address are left out; strings longer than
 * `maxStringLength` or nesting deeper than `maxDepth` refuse the event. The copy is built in the
 * same pass as the checks, so a batch is walked once.
 */
export function sanitiseProperties(
  properties: UnknownRecord,
  limits: WalkLimits,
  verdicts: KeyVerdicts,
  omit: KeyFilter | null = null,
): SanitiseResult {
  try {
    return { ok: true, properties: walkObject(properties, 0, limits, verdicts, omit) }
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, reason: error.message }
    throw error
  }
}

import { classifyTraffic } from '../bots'
import type { IngestConfig } from '../config'
import { detectDevice } from '../device'
import { checkEventProperties } from '../events/contract'
import { SERVER_EVENT_NAMES } from '../events/names'
import { type UnknownRecord, isRecord } from '../json'
import { TEXT_LIMITS, readCount, readText } from '../text'
import { type ChannelCache, type UrlCache, classifySessionChannel, readPageAttribution } from './attribution'
import { UNSTORED_PROPERTY_KEYS } from './columns'
import { type KeyVerdicts, sanitiseProperties } from './sanitise'
import { resolveTimestamp } from './timestamp'
import type { NormalisedEvent } from './types'

/** What every event of one request shares. */
export interface BatchContext {
  config: IngestConfig
  nowMs: number
  sentAtMs: number | null
  /** The request's User-Agent header, clipped. */
  userAgent: string | null
  keyVerdicts: KeyVerdicts
  urlCache: UrlCache
  channelCache: ChannelCache
}

export type EventResult = { ok: true; event: NormalisedEvent } | { ok: false; reason: string }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_SCREEN_PIXELS = 100_000
/** posthog person updates travel beside `properties`; they are kept with them. */
const PERSON_UPDATE_KEYS = ['$set', '$set_once'] as const

function readUuid(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null
}

function countKeysOver(record: UnknownRecord, max: number): boolean {
  let count = 0
  for (const _key in record) if (++count > max) return true
  return false
}

/** Normalises one event of a batch; `index` only serves the error message. */
export function normaliseEvent(raw: unknown, index: number, context: BatchContext): EventResult {
  const where = `event ${index}`
  if (!isRecord(raw)) return { ok: false, reason: `${where} is not an object` }
  if (typeof raw.event !== 'string' || raw.event.trim().length === 0) {
    return { ok: false, reason: `${where} has no event name` }
  }
  const name = raw.event.trim()
  if (name.length > TEXT_LIMITS.name) {
    return { ok: false, reason: `${where} has a name longer than ${TEXT_LIMITS.name} characters` }
  }
  const rawProperties = raw.properties ?? {}
  if (!isRecord(rawProperties)) return { ok: false, reason: `${where}: "properties" must be an object` }
  const { config } = context
  if (countKeysOver(rawProperties, config.maxPropertiesPerEvent)) {
    return { ok: false, reason: `${where} has more than ${config.maxPropertiesPerEvent} properties` }
  }

  const sanitised = sanitiseProperties(rawProperties, config, context.keyVerdicts, UNSTORED_PROPERTY_KEYS)
  if (!sanitised.ok) return { ok: false, reason: `${where}: ${sanitised.reason}` }
  const properties = sanitised.properties
  for (const key of PERSON_UPDATE_KEYS) {
    const update = raw[key]
    if (update === undefined || key in properties) continue
    if (!isRecord(update)) return { ok: false, reason: `${where}: "${key}" must be an object` }
    const cleanUpdate = sanitiseProperties(update, config, context.keyVerdicts)
    if (!cleanUpdate.ok) return { ok: false, reason: `${where}: ${cleanUpdate.reason}` }
    properties[key] = cleanUpdate.properties
  }

  const isServerEvent = SERVER_EVENT_NAMES.has(name)
  // For order events the request comes from the backend: its User-Agent says nothing of the buyer.
  const userAgent =
    readText(rawProperties.$raw_user_agent, TEXT_LIMITS.userAgent) ?? (isServerEvent ? null : context.userAgent)
  const page = readPageAttribution(rawProperties, context.urlCache)
  const channel = isServerEvent ? null : classifySessionChannel(rawProperties, page, context.urlCache, context.channelCache)
  const device = detectDevice(rawProperties, userAgent)
  const traffic = classifyTraffic(rawProperties, userAgent)
  const contract = checkEventProperties(name, rawProperties)

  return {
    ok: true,
    event: {
      uuid: readUuid(raw.uuid),
      event: name,
      distinct_id: readText(raw.distinct_id ?? rawProperties.distinct_id ?? rawProperties.$distinct_id, TEXT_LIMITS.id),
      session_id: readText(rawProperties.$session_id, TEXT_LIMITS.id),
      timestamp: resolveTimestamp(
        {
          timestamp: raw.timestamp,
          offset: raw.offset,
          sentAtMs: context.sentAtMs,
          ignoreSentAt: rawProperties.$ignore_sent_at === true,
        },
        context.nowMs,
        config,
      ),
      ...page,
      channel: channel?.channel ?? null,
      channel_rule: channel?.rule ?? null,
      ...device,
      viewport_width: readCount(rawProperties.$viewport_width, MAX_SCREEN_PIXELS),
      viewport_height: readCount(rawProperties.$viewport_height, MAX_SCREEN_PIXELS),
      screen_width: readCount(rawProperties.$screen_width, MAX_SCREEN_PIXELS),
      screen_height: readCount(rawProperties.$screen_height, MAX_SCREEN_PIXELS),
      browser_language: readText(rawProperties.$browser_language, TEXT_LIMITS.label),
      timezone: readText(rawProperties.$timezone, TEXT_LIMITS.label),
      lib: readText(rawProperties.$lib, TEXT_LIMITS.label),
      lib_version: readText(rawProperties.$lib_version, TEXT_LIMITS.label),
      ...traffic,
      contract_error: contract.ok ? null : contract.reason,
      properties,
    },
  }
}

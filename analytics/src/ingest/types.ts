import type { BotReason } from '../bots'
import type { ChannelId } from '../channels/channels'
import type { ChannelRuleId } from '../channels/rules'
import type { IngestConfig } from '../config'
import type { DeviceType } from '../device'
import type { JsonObject } from '../json'
import type { ClickIdType } from '../utm'

/** What the capture route hands over: the request as received, nothing parsed yet. */
export interface RawCaptureRequest {
  /** The raw body bytes (a Node Buffer is a Uint8Array); a string is read as UTF-8. */
  body: Uint8Array | string
  /** The Content-Type header, if any. posthog-js sends gzip as `text/plain`. */
  contentType?: string | null
  /** The query string (`compression=base64`, `compression=gzip-js`, `ver=…`). */
  query?: URLSearchParams | string | Readonly<Record<string, unknown>> | null
  /** The User-Agent header: fallback for browser events that lack `$raw_user_agent`. */
  userAgent?: string | null
}

export interface NormaliseOptions {
  /** Overrides of the limits in config.ts. */
  config?: Partial<IngestConfig>
  /** Reception time; tests pin it. @default new Date() */
  now?: Date
}

/**
 * One event ready to store: typed columns for what reports filter and group on, the remaining
 * properties as JSON (IP addresses removed).
 */
export interface NormalisedEvent {
  /** The client's UUID when it sent a valid one; null lets the backend assign one. */
  uuid: string | null
  event: string
  distinct_id: string | null
  session_id: string | null
  /** When it happened, corrected for the sender's clock drift. */
  timestamp: Date
  url: string | null
  /** The page's host as the browser reports it, port included (`localhost:8000`). */
  host: string | null
  pathname: string | null
  referrer: string | null
  /** Lower case, without `www.` or port. */
  referring_domain: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_term: string | null
  utm_content: string | null
  click_id: string | null
  click_id_type: ClickIdType | null
  /**
   * How the session arrived (from posthog-js's `$session_entry_*` properties when present, else
   * from this event's own). Null for server-side order events, which describe no visit.
   */
  channel: ChannelId | null
  channel_rule: ChannelRuleId | null
  device_type: DeviceType | null
  browser: string | null
  os: string | null
  viewport_width: number | null
  viewport_height: number | null
  screen_width: number | null
  screen_height: number | null
  browser_language: string | null
  timezone: string | null
  /** posthog-js's `$lib` (`web`), or the sender's library name. */
  lib: string | null
  lib_version: string | null
  is_bot: boolean
  bot_reason: BotReason | null
  bot_name: string | null
  is_simulated: boolean
  /** Why the properties break the event contract (plain English), or null when they follow it. */
  contract_error: string | null
  properties: JsonObject
}

export type NormaliseFailure = { ok: false; status: 400 | 413; reason: string }

export type NormaliseResult =
  | {
      ok: true
      events: NormalisedEvent[]
      /** The project key (`api_key`, or `token` in properties), for the route to check. */
      api_key: string | null
    }
  | NormaliseFailure

import { CLICK_ID_KEYS, UTM_KEYS } from '../utm'

/**
 * posthog-js properties copied into typed columns of NormalisedEvent; they are left out of the
 * stored `properties` so each fact is stored once. `$session_entry_*`, `$raw_user_agent` and
 * `$browser_type` stay: they explain the channel and the bot verdict after the fact.
 */
export const COLUMN_PROPERTY_KEYS: ReadonlySet<string> = new Set([
  'distinct_id',
  '$distinct_id',
  '$session_id',
  '$current_url',
  '$host',
  '$pathname',
  '$referrer',
  '$referring_domain',
  ...UTM_KEYS,
  ...CLICK_ID_KEYS,
  '$device_type',
  '$browser',
  '$os',
  '$viewport_width',
  '$viewport_height',
  '$screen_width',
  '$screen_height',
  '$browser_language',
  '$timezone',
  '$lib',
  '$lib_version',
  '$comptoir_simulated',
])

/**
 * posthog-js bookkeeping that no report reads and that the event already says otherwise:
 * `$insert_id` (deduplication is by uuid), `$time` (the client's clock; `timestamp` is the
 * corrected one), the project `token` (checked at the door, the same on every event),
 * `$browser_language_prefix` (the start of `browser_language`), session timeout, rate-limit
 * tokens and person-profile flags of the SDK. Dropping them makes each stored row ~15 % smaller,
 * which the ingest pays for in JSON work in Node and in jsonb parsing and WAL in Postgres.
 * Everything a report could need stays: URLs, referrers, UTM, device, session, window and
 * page-view ids, `$session_entry_*`, `$raw_user_agent`.
 */
export const BOOKKEEPING_PROPERTY_KEYS: ReadonlySet<string> = new Set([
  '$insert_id',
  '$time',
  'token',
  '$browser_language_prefix',
  '$configured_session_timeout_ms',
  '$lib_rate_limit_remaining_tokens',
  '$process_person_profile',
  '$lib_custom_api_host',
])

/** posthog-js's internal diagnostics (`$sdk_debug_replay_internal_buffer_length`…). */
const BOOKKEEPING_PREFIX = '$sdk_debug_'

/** Top-level property keys left out of the stored `properties`: in typed columns, or bookkeeping. */
export const UNSTORED_PROPERTY_KEYS = {
  has(key: string): boolean {
    return (
      COLUMN_PROPERTY_KEYS.has(key) || BOOKKEEPING_PROPERTY_KEYS.has(key) || key.startsWith(BOOKKEEPING_PREFIX)
    )
  },
}

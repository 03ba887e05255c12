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

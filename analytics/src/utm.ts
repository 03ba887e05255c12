import type { UnknownRecord } from './json'
import { TEXT_LIMITS, readLowerText, readText } from './text'

export const UTM_KEYS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const
export type UtmKey = (typeof UTM_KEYS)[number]

/**
 * Advertising click ids, in priority order when a URL carries several: search ads first because
 * Google and Microsoft append theirs only to paid clicks, while fbclid is added to organic
 * Facebook links too.
 */
export const CLICK_ID_KEYS = [
  'gclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'fbclid',
  'ttclid',
  'li_fat_id',
  'twclid',
] as const
export type ClickIdType = (typeof CLICK_ID_KEYS)[number]

/** Click ids that only search-ad networks append. */
export const SEARCH_CLICK_IDS: ReadonlySet<ClickIdType> = new Set(['gclid', 'gbraid', 'wbraid', 'msclkid'])

export type UtmParams = Record<UtmKey, string | null>

export interface CampaignParams extends UtmParams {
  click_id: string | null
  click_id_type: ClickIdType | null
}

/** posthog-js repeats the first page's attribution under this prefix on every event. */
export const SESSION_ENTRY_PREFIX = '$session_entry_'

const ENTRY_UTM_KEYS = UTM_KEYS.map((key) => SESSION_ENTRY_PREFIX + key)
const ENTRY_CLICK_ID_KEYS = CLICK_ID_KEYS.map((key) => SESSION_ENTRY_PREFIX + key)

export function emptyCampaign(): CampaignParams {
  return {
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    click_id: null,
    click_id_type: null,
  }
}

/** UTM values are lower-cased: `Facebook` and `facebook` must fall in the same report row. */
function readUtm(value: unknown): string | null {
  return readLowerText(value, TEXT_LIMITS.campaign)
}

/** Click ids are opaque tokens: kept as sent, only bounded. */
function readClickId(value: unknown): string | null {
  return readText(value, TEXT_LIMITS.clickId)
}

/**
 * Reads UTM values and the click id from posthog-js properties; with `sessionEntry` the
 * `$session_entry_*` copies are read instead.
 */
export function readCampaignFromProperties(
  properties: UnknownRecord,
  sessionEntry = false,
): CampaignParams {
  const utmKeys = sessionEntry ? ENTRY_UTM_KEYS : UTM_KEYS
  const clickKeys = sessionEntry ? ENTRY_CLICK_ID_KEYS : CLICK_ID_KEYS
  const campaign = emptyCampaign()
  for (let i = 0; i < UTM_KEYS.length; i++) {
    campaign[UTM_KEYS[i] as UtmKey] = readUtm(properties[utmKeys[i] as string])
  }
  for (let i = 0; i < CLICK_ID_KEYS.length; i++) {
    const id = readClickId(properties[clickKeys[i] as string])
    if (id !== null) {
      campaign.click_id = id
      campaign.click_id_type = CLICK_ID_KEYS[i] as ClickIdType
      break
    }
  }
  return campaign
}

/** Reads UTM values and the click id from a query string (`?utm_source=...`). */
export function readCampaignFromSearch(search: string | URLSearchParams): CampaignParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const campaign = emptyCampaign()
  for (const key of UTM_KEYS) campaign[key] = readUtm(params.get(key))
  for (const key of CLICK_ID_KEYS) {
    const id = readClickId(params.get(key))
    if (id !== null) {
      campaign.click_id = id
      campaign.click_id_type = key
      break
    }
  }
  return campaign
}

/** Fills the gaps of `primary` with `fallback`, key by key. */
export function mergeCampaign(primary: CampaignParams, fallback: CampaignParams): CampaignParams {
  const merged = { ...primary }
  for (const key of UTM_KEYS) merged[key] ??= fallback[key]
  if (merged.click_id === null) {
    merged.click_id = fallback.click_id
    merged.click_id_type = fallback.click_id_type
  }
  return merged
}

export function hasCampaign(campaign: CampaignParams): boolean {
  return (
    campaign.click_id !== null ||
    campaign.utm_source !== null ||
    campaign.utm_medium !== null ||
    campaign.utm_campaign !== null ||
    campaign.utm_term !== null ||
    campaign.utm_content !== null
  )
}

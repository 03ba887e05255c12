import { type ChannelClassification, classifyChannel } from '../channels/classify'
import type { UnknownRecord } from '../json'
import { type ParsedUrl, parseReferrer, parseUrl } from '../referrer'
import { TEXT_LIMITS, readText } from '../text'
import {
  CLICK_ID_KEYS,
  type CampaignParams,
  SESSION_ENTRY_PREFIX,
  UTM_KEYS,
  mergeCampaign,
  readCampaignFromProperties,
  readCampaignFromSearch,
} from '../utm'

/** Where an event happened and where its visitor came from, as typed columns. */
export interface PageAttribution extends CampaignParams {
  url: string | null
  host: string | null
  pathname: string | null
  referrer: string | null
  referring_domain: string | null
}

const ENTRY_URL = `${SESSION_ENTRY_PREFIX}url`
const ENTRY_HOST = `${SESSION_ENTRY_PREFIX}host`
const ENTRY_REFERRER = `${SESSION_ENTRY_PREFIX}referrer`
const ENTRY_REFERRING_DOMAIN = `${SESSION_ENTRY_PREFIX}referring_domain`
/** Every property the session's channel is computed from, when posthog-js sends them. */
const ENTRY_KEYS: readonly string[] = [
  ENTRY_URL,
  ENTRY_HOST,
  ENTRY_REFERRER,
  ENTRY_REFERRING_DOMAIN,
  ...UTM_KEYS.map((key) => SESSION_ENTRY_PREFIX + key),
  ...CLICK_ID_KEYS.map((key) => SESSION_ENTRY_PREFIX + key),
]
const KEY_SEPARATOR = '\u0000'

/**
 * Channels already classified in this request, keyed by everything they were computed from:
 * every event of a session repeats the same `$session_entry_*` values, so a batch of 50 events
 * from one visit is classified once instead of 50 times.
 */
export type ChannelCache = Map<string, ChannelClassification>

/**
 * Parsing a URL and its query string is the costliest step per event, and a batch repeats the
 * same few URLs (every event of a session carries the same entry URL), so both are cached for
 * one request.
 */
export type UrlCache = Map<string, CachedUrl>

interface CachedUrl {
  parsed: ParsedUrl | null
  /** UTM and click id of the query string, read on first use. */
  searchCampaign?: CampaignParams
}

function lookupUrl(raw: unknown, cache: UrlCache): CachedUrl | null {
  if (typeof raw !== 'string') return null
  let entry = cache.get(raw)
  if (entry === undefined) {
    entry = { parsed: parseUrl(raw) }
    cache.set(raw, entry)
  }
  return entry
}

/** Campaign from the properties, gaps filled from the page's query string. */
function campaignOf(properties: UnknownRecord, page: CachedUrl | null, sessionEntry: boolean): CampaignParams {
  const fromProperties = readCampaignFromProperties(properties, sessionEntry)
  if (!page?.parsed || page.parsed.search.length < 2) return fromProperties
  page.searchCampaign ??= readCampaignFromSearch(page.parsed.search)
  return mergeCampaign(fromProperties, page.searchCampaign)
}

export function readPageAttribution(properties: UnknownRecord, cache: UrlCache): PageAttribution {
  const cached = lookupUrl(properties.$current_url, cache)
  const page = cached?.parsed ?? null
  const { referrer, referring_domain } = parseReferrer(properties.$referrer, properties.$referring_domain)
  return {
    url: page?.url ?? readText(properties.$current_url, TEXT_LIMITS.url),
    host: readText(properties.$host, TEXT_LIMITS.host)?.toLowerCase() ?? page?.host ?? null,
    pathname: readText(properties.$pathname, TEXT_LIMITS.url) ?? page?.pathname ?? null,
    referrer,
    referring_domain,
    ...campaignOf(properties, cached, false),
  }
}

/**
 * The session's channel. posthog-js repeats the landing page's URL and referrer on every event
 * as `$session_entry_*`; using them keeps the third page of a visit from Google in "Organic
 * Search" instead of "Direct" (its own referrer is the shop itself). Without them, the event's
 * own attribution is the best available.
 */
export function classifySessionChannel(
  properties: UnknownRecord,
  own: PageAttribution,
  cache: UrlCache,
  channels: ChannelCache,
): ChannelClassification {
  if (properties[ENTRY_URL] === undefined && properties[ENTRY_REFERRER] === undefined) {
    return classifyChannel({ ...own, page_host: own.host })
  }
  const key = sessionEntryKey(properties, own.host)
  const known = key === null ? undefined : channels.get(key)
  if (known !== undefined) return known
  const classification = classifySessionEntry(properties, own, cache)
  if (key !== null) channels.set(key, classification)
  return classification
}

/**
 * The inputs of classifySessionEntry as one string, or null when one of them is neither a
 * string, a number nor absent (such an event is simply classified on its own). Each value is
 * tagged with its type so that `1` and `"1"`, or absent and empty, never share a key.
 */
function sessionEntryKey(properties: UnknownRecord, ownHost: string | null): string | null {
  let key = ownHost ?? ''
  for (const name of ENTRY_KEYS) {
    const value = properties[name]
    if (typeof value === 'string') key += `${KEY_SEPARATOR}s${value}`
    else if (value === undefined) key += `${KEY_SEPARATOR}u`
    else if (typeof value === 'number') key += `${KEY_SEPARATOR}n${value}`
    else return null
  }
  return key
}

function classifySessionEntry(
  properties: UnknownRecord,
  own: PageAttribution,
  cache: UrlCache,
): ChannelClassification {
  const entry = lookupUrl(properties[ENTRY_URL], cache)
  const entryPage = entry?.parsed ?? null
  const entryReferrer = parseReferrer(properties[ENTRY_REFERRER], properties[ENTRY_REFERRING_DOMAIN])
  return classifyChannel({
    ...campaignOf(properties, entry, true),
    referring_domain: entryReferrer.referring_domain,
    page_host: readText(properties[ENTRY_HOST], TEXT_LIMITS.host) ?? entryPage?.host ?? own.host,
  })
}

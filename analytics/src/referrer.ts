import { TEXT_LIMITS, clip } from './text'

/** posthog-js writes this instead of a referrer when the visitor typed the address. */
const POSTHOG_DIRECT = '$direct'

// Compiled once: the ingest calls these helpers for every event of a batch.
const HOST_SHAPE = /^[a-z0-9.\-_[\]:]+$/
const PORT_SUFFIX = /:\d+$/

/**
 * Lower-cases a host, drops the port, a trailing dot and a leading `www.`, so that
 * `WWW.Google.fr:443` and `google.fr` count as the same referring domain.
 */
export function normaliseDomain(host: string | null | undefined): string | null {
  if (!host) return null
  let domain = host.trim().toLowerCase()
  if (domain.length === 0 || domain.length > TEXT_LIMITS.host + 6) return null
  if (!HOST_SHAPE.test(domain)) return null
  // An IPv6 literal keeps its brackets; its colons are not a port.
  if (domain.startsWith('[')) domain = domain.slice(0, domain.indexOf(']') + 1)
  else domain = domain.replace(PORT_SUFFIX, '')
  if (domain.endsWith('.')) domain = domain.slice(0, -1)
  if (domain.startsWith('www.')) domain = domain.slice(4)
  return domain.length > 0 && domain.length <= TEXT_LIMITS.host ? domain : null
}

export interface ParsedUrl {
  /** The URL clipped to 2048 characters. */
  url: string
  /** `host` as the browser reports it (lower case, port kept), e.g. `localhost:8000`. */
  host: string | null
  pathname: string | null
  /** The query string including its `?`, or an empty string. */
  search: string
}

/** Parses an absolute http(s) URL; anything else (relative, `javascript:`, garbage) gives null. */
export function parseUrl(raw: unknown): ParsedUrl | null {
  if (typeof raw !== 'string') return null
  const url = clip(raw, TEXT_LIMITS.url)
  if (url === null || !(url.startsWith('http://') || url.startsWith('https://'))) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return {
    url,
    host: clip(parsed.host, TEXT_LIMITS.host),
    pathname: clip(parsed.pathname, TEXT_LIMITS.url),
    search: parsed.search,
  }
}

export interface ReferrerInfo {
  referrer: string | null
  /** Normalised with normaliseDomain. */
  referring_domain: string | null
}

/**
 * Reads posthog-js's `$referrer` / `$referring_domain` pair. The domain is taken from the
 * referrer URL when posthog-js did not send it (server-side or hand-written events).
 */
export function parseReferrer(referrer: unknown, referringDomain?: unknown): ReferrerInfo {
  const text = typeof referrer === 'string' ? clip(referrer, TEXT_LIMITS.url) : null
  const cleanReferrer = text === null || text === POSTHOG_DIRECT ? null : text
  let domain: string | null = null
  if (typeof referringDomain === 'string' && referringDomain !== POSTHOG_DIRECT) {
    domain = normaliseDomain(referringDomain)
  }
  if (domain === null && cleanReferrer !== null) {
    const parsed = parseUrl(cleanReferrer)
    domain = parsed ? normaliseDomain(parsed.host) : null
  }
  return { referrer: cleanReferrer, referring_domain: domain }
}

/**
 * A referrer on the shop's own host is a click inside the shop, not a source of traffic.
 * `www.` and ports are ignored so `www.shop.fr` and `shop.fr:443` are the same site.
 */
export function isInternalReferrer(
  referringDomain: string | null | undefined,
  pageHost: string | null | undefined,
): boolean {
  const referring = normaliseDomain(referringDomain)
  const page = normaliseDomain(pageHost)
  return referring !== null && page !== null && referring === page
}

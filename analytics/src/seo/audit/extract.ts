import { load } from 'cheerio'
import { collapseSpaces } from '../text'
import type { AuditDocument } from './types'

export type JsonLdBlock = { ok: true; value: unknown } | { ok: false; error: string }

/** What the rules read from a page, parsed once (the site audit reuses it across rules). */
export interface PageFacts {
  document: AuditDocument
  /** URL relative links resolve against: the final URL after redirects. */
  baseUrl: string
  /** False when there is no HTML to read (error status, timeout, other content type). */
  hasHtml: boolean
  titles: string[]
  descriptions: string[]
  robotsMeta: string[]
  canonicals: string[]
  h1Count: number
  images: { src: string; alt: string | null }[]
  links: { href: string | null; text: string }[]
  lang: string | null
  hasViewport: boolean
  jsonLd: JsonLdBlock[]
}

function isHtml(document: AuditDocument): boolean {
  if (document.status < 200 || document.status >= 400 || !document.html) return false
  const type = document.headers['content-type']
  return !type || type.includes('html')
}

/** Parses the document's HTML with cheerio into the facts the rules check. */
export function extractPage(document: AuditDocument): PageFacts {
  const baseUrl = document.finalUrl ?? document.url
  const facts: PageFacts = {
    document, baseUrl, hasHtml: isHtml(document), titles: [], descriptions: [], robotsMeta: [],
    canonicals: [], h1Count: 0, images: [], links: [], lang: null, hasViewport: false, jsonLd: [],
  }
  if (!facts.hasHtml) return facts
  const $ = load(document.html)
  const meta = (name: string) =>
    $('meta').filter((_, el) => ($(el).attr('name') ?? '').toLowerCase() === name)
      .map((_, el) => collapseSpaces($(el).attr('content') ?? '')).get()

  // An <svg> may carry its own <title> (an icon's tooltip): not the page title.
  facts.titles = $('title').filter((_, el) => $(el).closest('svg').length === 0)
    .map((_, el) => collapseSpaces($(el).text())).get()
  facts.descriptions = meta('description')
  facts.robotsMeta = [...meta('robots'), ...meta('googlebot')].map((value) => value.toLowerCase())
  facts.hasViewport = meta('viewport').length > 0
  facts.canonicals = $('link').filter((_, el) => ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((_, el) => ($(el).attr('href') ?? '').trim()).get()
  facts.h1Count = $('h1').length
  facts.lang = $('html').attr('lang')?.trim() || null
  facts.images = $('img')
    .filter((_, el) => $(el).attr('role') !== 'presentation' && $(el).attr('aria-hidden') !== 'true')
    .map((_, el) => ({ src: $(el).attr('src') ?? '', alt: $(el).attr('alt') ?? null })).get()
  facts.links = $('a').map((_, el) => {
    const link = $(el)
    const text = collapseSpaces(link.text()) || link.attr('aria-label')?.trim() || link.attr('title')?.trim()
      || collapseSpaces(link.find('img[alt]').map((_, img) => $(img).attr('alt') ?? '').get().join(' '))
    return { href: link.attr('href') ?? null, text }
  }).get()
  facts.jsonLd = $('script[type="application/ld+json"]').map((_, el): JsonLdBlock => {
    try {
      return { ok: true, value: JSON.parse($(el).text()) as unknown }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
  }).get()
  return facts
}

/** Absolute http(s) URL of `href` without its #fragment, or null for mailto:, tel:, javascript:… */
export function resolveLink(href: string, baseUrl: string): string | null {
  try {
    const url = new URL(href, baseUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}

/** Internal links of a page: same origin as `origin`, resolved, deduplicated. */
export function internalLinks(facts: PageFacts, origin: string): string[] {
  const found = new Set<string>()
  for (const link of facts.links) {
    if (!link.href) continue
    const url = resolveLink(link.href, facts.baseUrl)
    if (url && new URL(url).origin === origin) found.add(url)
  }
  return [...found]
}

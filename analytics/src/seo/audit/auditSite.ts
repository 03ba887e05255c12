import { titleKey } from '../text'
import { auditFacts, compareProblems } from './auditPage'
import { extractPage, internalLinks, type PageFacts } from './extract'
import { fetchDocument, fetchStatus, type FetchOptions } from './fetchDocument'
import { AUDIT_TEXT as T } from './messages.fr'
import { mapWithConcurrency } from './pool'
import { parseRobots, type RobotsRules } from './robots'
import type { AuditContext } from './rules'
import { readSitemap } from './sitemap'
import type { AuditProblem, SiteAudit } from './types'

export interface AuditSiteProgress {
  phase: 'pages' | 'links'
  done: number
  total: number
  url: string
}

export interface AuditSiteOptions {
  /** The storefront's public address, e.g. `https://boutique.example` (its /sitemap.xml is read). */
  baseUrl: string
  /** @default globalThis.fetch */
  fetch?: typeof fetch
  /** Requests in flight at once. @default 6 */
  concurrency?: number
  /** Per request, body included. @default 10000 */
  timeoutMs?: number
  /** Pages audited at most, in sitemap order. @default 500 */
  maxPages?: number
  /** Internal links outside the sitemap whose status is checked at most. @default 1000 */
  maxLinks?: number
  onProgress?: (progress: AuditSiteProgress) => void
}

function indexBy(facts: PageFacts[], read: (page: PageFacts) => string | undefined): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const page of facts) {
    const value = page.hasHtml ? read(page) : undefined
    if (!value) continue
    const key = titleKey(value)
    index.set(key, [...(index.get(key) ?? []), page.document.url])
  }
  return index
}

async function readRobots(origin: string, options: FetchOptions): Promise<RobotsRules | null> {
  const document = await fetchDocument(`${origin}/robots.txt`, options)
  return document.status >= 200 && document.status < 300 ? parseRobots(document.html) : null
}

/** Site-wide problems are not part of any page score; they rank first because nothing else works without them. */
const siteProblem = (url: string, text: { message: string; fix: string }, severity: AuditProblem['severity'], impact: number): AuditProblem =>
  ({ ruleId: 'sitemap', severity, impact, url, ...text })

/**
 * Crawls the pages listed in the storefront's sitemap, audits each one, then runs the cross-page
 * rules (duplicate titles and descriptions, broken internal links). The site score is the mean of
 * the page scores, each page counting the same.
 */
export async function auditSite(options: AuditSiteOptions): Promise<SiteAudit> {
  const startedAt = new Date().toISOString()
  const base = options.baseUrl.replace(/\/+$/, '')
  const origin = new URL(base).origin
  const maxPages = options.maxPages ?? 500
  const concurrency = options.concurrency ?? 6
  const fetchOptions: FetchOptions = { fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.timeoutMs ?? 10_000 }
  const siteProblems: AuditProblem[] = []

  const sitemapUrl = `${base}/sitemap.xml`
  const [robots, sitemap] = await Promise.all([readRobots(origin, fetchOptions), readSitemap(sitemapUrl, maxPages, fetchOptions)])
  let urls = sitemap.urls
  if (sitemap.failedStatus !== null) siteProblems.push(siteProblem(sitemapUrl, T.sitemapMissing(sitemapUrl, sitemap.failedStatus), 'error', 100))
  else if (urls.length === 0) siteProblems.push(siteProblem(sitemapUrl, T.sitemapEmpty(sitemapUrl), 'error', 100))
  if (sitemap.truncated) siteProblems.push(siteProblem(sitemapUrl, T.sitemapTruncated(maxPages), 'info', 0))
  // Without a usable sitemap the home page is still worth auditing.
  if (urls.length === 0) urls = [`${base}/`]

  let done = 0
  const documents = await mapWithConcurrency(urls, concurrency, async (url) => {
    const document = await fetchDocument(url, fetchOptions)
    options.onProgress?.({ phase: 'pages', done: ++done, total: urls.length, url })
    return document
  })
  const facts = documents.map(extractPage)

  const linkStatus = new Map<string, number>()
  for (const { document } of facts) {
    linkStatus.set(document.url, document.status)
    if (document.finalUrl) linkStatus.set(document.finalUrl, document.status)
  }
  const unknownLinks = [...new Set(facts.flatMap((page) => internalLinks(page, origin)))]
    .filter((url) => !linkStatus.has(url))
    .slice(0, options.maxLinks ?? 1000)
  done = 0
  await mapWithConcurrency(unknownLinks, concurrency, async (url) => {
    linkStatus.set(url, await fetchStatus(url, fetchOptions))
    options.onProgress?.({ phase: 'links', done: ++done, total: unknownLinks.length, url })
  })

  const context: AuditContext = {
    origin,
    robots,
    titlesIndex: indexBy(facts, (page) => page.titles[0]),
    descriptionsIndex: indexBy(facts, (page) => page.descriptions[0]),
    linkStatus,
  }
  const pages = facts.map((page) => auditFacts(page, context))
  const score = pages.length === 0 ? 0 : Math.round(pages.reduce((sum, page) => sum + page.score, 0) / pages.length)
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    score,
    pages,
    problems: [...siteProblems, ...pages.flatMap((page) => page.problems)].sort(compareProblems),
  }
}

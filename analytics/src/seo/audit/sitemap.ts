import { load } from 'cheerio'
import { fetchDocument, type FetchOptions } from './fetchDocument'

export interface SitemapRead {
  /** Page URLs in sitemap order, deduplicated, at most `maxPages`. */
  urls: string[]
  /** True when the sitemap listed more than `maxPages` pages. */
  truncated: boolean
  /** Status of the first sitemap when it could not be read (0 for no answer), else null. */
  failedStatus: number | null
}

/** Sitemap indexes nest rarely; a bound keeps a loop of indexes from running forever. */
const MAX_SITEMAPS = 50

/** Reads a sitemap and, for a sitemap index, the sitemaps it lists (breadth first). */
export async function readSitemap(sitemapUrl: string, maxPages: number, options: FetchOptions): Promise<SitemapRead> {
  const pages = new Set<string>()
  const queue = [sitemapUrl]
  const seen = new Set<string>()
  let failedStatus: number | null = null
  let truncated = false
  while (queue.length > 0 && seen.size < MAX_SITEMAPS && !truncated) {
    const url = queue.shift() as string
    if (seen.has(url)) continue
    seen.add(url)
    const document = await fetchDocument(url, options)
    if (document.status < 200 || document.status >= 300) {
      if (url === sitemapUrl) failedStatus = document.status
      continue
    }
    const $ = load(document.html, { xml: true })
    const text = (selector: string) => $(selector).map((_, el) => $(el).text().trim()).get().filter(Boolean)
    queue.push(...text('sitemapindex > sitemap > loc'))
    for (const page of text('urlset > url > loc')) {
      if (pages.size >= maxPages) {
        truncated = !pages.has(page)
        if (truncated) break
        continue
      }
      pages.add(page)
    }
  }
  return { urls: [...pages], truncated, failedStatus }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditSite, type AuditSiteProgress } from './auditSite'
import { sitemapIndexXml, sitemapXml, startFakeShop, type FakePage, type FakeShop } from './test-helpers/fakeShop'
import type { SiteAudit } from './types'

const PORT = 9210
const PAGES: Record<string, FakePage> = {
  '/': { title: 'Comptoir, boutique de thés et de cuisine', body: '<a href="/produits/disparu">Théière disparue</a>' },
  '/collections/the': { title: 'Thés et infusions en vrac – Comptoir', body: '<a href="/produits/theiere">La théière en fonte</a>' },
  '/categories/cuisine': { title: 'Ustensiles de cuisine et arts de la table' },
  '/produits/theiere': { title: 'Théière en fonte noire 0,8 L – Comptoir' },
  '/produits/tasses': { title: 'Tasses en grès émaillé, lot de 4 – Comptoir' },
  '/produits/the-vert': { title: 'Thé vert sencha bio du Japon, 100 g' },
  '/produits/bouilloire': { title: 'Bouilloire électrique inox 1,7 L – Comptoir' },
  '/produits/bouilloire-bis': { title: 'Bouilloire électrique inox 1,7 L – Comptoir' },
  '/produits/lent': { title: 'Page trop lente à répondre pour Google', delayMs: 3000 },
  '/promo': { title: 'Promotion', redirectTo: '/collections/the' },
  '/panier': { title: 'Votre panier sur la boutique Comptoir' },
  '/mentions-legales': { title: 'Mentions légales de la boutique Comptoir' },
}

describe('auditSite against a local storefront', () => {
  let shop: FakeShop
  let audit: SiteAudit
  const progress: AuditSiteProgress[] = []
  const page = (path: string) => audit.pages.find((found) => found.url === `${shop.baseUrl}${path}`)
  const rules = (path: string) => page(path)?.problems.map((problem) => problem.ruleId) ?? []

  beforeAll(async () => {
    const products = ['/produits/theiere', '/produits/tasses', '/produits/the-vert', '/produits/bouilloire', '/produits/bouilloire-bis', '/produits/lent']
    const baseUrl = `http://127.0.0.1:${PORT}`
    shop = await startFakeShop(PORT, PAGES, {
      '/robots.txt': 'User-agent: *\nDisallow: /panier\n',
      '/sitemap.xml': sitemapIndexXml(baseUrl, ['/sitemap-produits.xml', '/sitemap-pages.xml']),
      '/sitemap-produits.xml': sitemapXml(baseUrl, products),
      '/sitemap-pages.xml': sitemapXml(baseUrl, ['/', '/collections/the', '/categories/cuisine', '/promo', '/panier']),
    })
    audit = await auditSite({ baseUrl: `${shop.baseUrl}/`, concurrency: 3, timeoutMs: 800, onProgress: (step) => progress.push(step) })
  }, 20_000)

  afterAll(() => shop?.close())

  it('audits every page of the sitemap index, reading robots.txt once, with bounded concurrency', () => {
    expect(audit.pages).toHaveLength(11)
    expect(shop.requests.filter((request) => request.endsWith('/robots.txt'))).toHaveLength(1)
    expect(shop.maxInFlight).toBeLessThanOrEqual(3)
    expect(progress.filter((step) => step.phase === 'pages').map((step) => step.done)).toEqual([...Array(11).keys()].map((n) => n + 1))
  })

  it('reports the slow page as a timeout instead of failing', () => {
    expect(page('/produits/lent')).toMatchObject({ status: 0, score: 0, problems: [{ ruleId: 'http_status', severity: 'error' }] })
  })

  it('finds the broken internal link, checking links outside the sitemap too', () => {
    expect(page('/')?.problems.find((problem) => problem.ruleId === 'broken_links')?.message).toContain('/produits/disparu')
    expect(shop.requests).toContain('HEAD /mentions-legales')
    expect(rules('/categories/cuisine')).not.toContain('broken_links')
  })

  it('flags the two pages sharing a title, and only them', () => {
    expect(rules('/produits/bouilloire')).toContain('title_unique')
    expect(rules('/produits/bouilloire-bis')).toContain('title_unique')
    expect(rules('/produits/theiere')).not.toContain('title_unique')
  })

  it('notes the redirect and the page robots.txt forbids', () => {
    expect(page('/promo')?.problems.find((problem) => problem.ruleId === 'http_status')?.severity).toBe('info')
    expect(page('/panier')?.problems.find((problem) => problem.ruleId === 'indexable')?.severity).toBe('error')
  })

  it('scores the shop as the mean of its pages and sorts problems by impact', () => {
    const mean = audit.pages.reduce((sum, found) => sum + found.score, 0) / audit.pages.length
    expect(audit.score).toBe(Math.round(mean))
    expect(page('/categories/cuisine')).toMatchObject({ score: 100, problems: [] })
    expect(page('/produits/bouilloire')?.score).toBeLessThan(100)
    expect(audit.score).toBeLessThan(100)
    const impacts = audit.problems.map((problem) => problem.impact)
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a))
    expect(Date.parse(audit.finishedAt)).toBeGreaterThanOrEqual(Date.parse(audit.startedAt))
  })
})

describe('auditSite without a sitemap', () => {
  it('reports the missing sitemap and still audits the home page', async () => {
    const shop = await startFakeShop(PORT + 1, { '/': { title: 'Comptoir, boutique de thés et de cuisine' } }, {})
    try {
      const audit = await auditSite({ baseUrl: shop.baseUrl, timeoutMs: 2000 })
      expect(audit.problems[0]).toMatchObject({ ruleId: 'sitemap', severity: 'error' })
      expect(audit.pages.map((found) => found.url)).toEqual([`${shop.baseUrl}/`])
    } finally {
      await shop.close()
    }
  })
})

describe('auditSite over 100 pages', () => {
  it('finishes well within the timeouts', async () => {
    const pages: Record<string, FakePage> = {}
    for (let n = 1; n <= 100; n++)
      pages[`/p/${n}`] = { title: `Produit numéro ${n} de la boutique Comptoir`, body: `<a href="/p/${(n % 100) + 1}">Produit suivant numéro ${(n % 100) + 1}</a>` }
    pages['/mentions-legales'] = { title: 'Mentions légales de la boutique Comptoir' }
    const paths = Object.keys(pages).filter((path) => path.startsWith('/p/'))
    const baseUrl = `http://127.0.0.1:${PORT + 2}`
    const shop = await startFakeShop(PORT + 2, pages, { '/sitemap.xml': sitemapXml(baseUrl, paths) })
    try {
      const started = performance.now()
      const audit = await auditSite({ baseUrl, timeoutMs: 5000 })
      const elapsedMs = Math.round(performance.now() - started)
      console.info(`auditSite: ${audit.pages.length} pages in ${elapsedMs} ms`)
      expect(audit.pages).toHaveLength(100)
      expect(audit.pages.every((found) => found.status === 200)).toBe(true)
      expect(elapsedMs).toBeLessThan(20_000)
    } finally {
      await shop.close()
    }
  }, 30_000)
})

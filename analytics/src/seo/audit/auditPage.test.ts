import { describe, expect, it } from 'vitest'
import { auditPage } from './auditPage'
import { parseRobots } from './robots'
import { fixtureDocument } from './test-helpers/fixtures'
import type { AuditRuleId, PageAudit } from './types'

const ruleIds = (audit: PageAudit) => audit.problems.map((problem) => problem.ruleId)
const problem = (audit: PageAudit, id: AuditRuleId) => audit.problems.find((found) => found.ruleId === id)

describe('auditPage', () => {
  it('finds nothing to fix on a complete product page', () => {
    const audit = auditPage(fixtureDocument('good-product.html'))
    expect(audit.problems).toEqual([])
    expect(audit.score).toBe(100)
  })

  it('reports a missing meta description as an error, in French, with a fix', () => {
    const audit = auditPage(fixtureDocument('missing-description.html'))
    expect(ruleIds(audit)).toEqual(['description'])
    expect(problem(audit, 'description')).toMatchObject({ severity: 'error', message: expect.stringContaining('méta-description') })
    expect(problem(audit, 'description')?.fix).toMatch(/70 à 160 caractères/)
    expect(audit.score).toBeLessThan(100)
  })

  it('reports an image without alt text, naming the file', () => {
    const audit = auditPage(fixtureDocument('image-without-alt.html'))
    expect(ruleIds(audit)).toEqual(['image_alts'])
    expect(problem(audit, 'image_alts')).toMatchObject({ severity: 'warning', message: expect.stringContaining('theiere-dessus.jpg') })
  })

  it('reports two h1 headings', () => {
    const audit = auditPage(fixtureDocument('two-h1.html'))
    expect(ruleIds(audit)).toEqual(['h1'])
    expect(problem(audit, 'h1')?.message).toContain('2 titres <h1>')
  })

  it('reports JSON-LD that does not parse', () => {
    const audit = auditPage(fixtureDocument('broken-json-ld.html'))
    expect(ruleIds(audit)).toEqual(['structured_data'])
    expect(problem(audit, 'structured_data')).toMatchObject({ severity: 'error', message: expect.stringContaining('illisible') })
  })

  it('lists the Product fields Google needs for a price snippet', () => {
    const audit = auditPage(fixtureDocument('incomplete-product.html'))
    expect(problem(audit, 'structured_data')?.message).toMatch(/image, offers\.price$|image, offers\.price\.$/)
  })

  it('warns that a noindex page is listed for indexing, from the meta tag or the header', () => {
    expect(problem(auditPage(fixtureDocument('noindex.html')), 'indexable')?.message).toContain('balise meta robots')
    const header = auditPage(fixtureDocument('good-product.html', undefined, { headers: { 'x-robots-tag': 'noindex' } }))
    expect(problem(header, 'indexable')?.message).toContain('X-Robots-Tag')
  })

  it('flags a page robots.txt forbids', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /produits/\n')
    expect(problem(auditPage(fixtureDocument('good-product.html'), { robots }), 'indexable')?.severity).toBe('error')
  })

  it('flags vague, empty and javascript: links', () => {
    const audit = auditPage(fixtureDocument('vague-links.html'))
    expect(problem(audit, 'link_text')?.message).toContain('« cliquez ici »')
    expect(problem(audit, 'links_crawlable')?.message).toContain('1 lien(s)')
  })

  it('flags a title found on another page, and a broken internal link, when given the site context', () => {
    const url = 'https://boutique.test/produits/theiere-en-fonte'
    const other = 'https://boutique.test/produits/theiere-en-fonte-rouge'
    const audit = auditPage(fixtureDocument('duplicate-title.html', other), {
      titlesIndex: new Map([['théière en fonte noire 0,8 l – comptoir', [url, other]]]),
      linkStatus: new Map([['https://boutique.test/produits/tasses-gres', 404]]),
    })
    expect(problem(audit, 'title_unique')).toMatchObject({ severity: 'error', message: expect.stringContaining(url) })
    expect(problem(audit, 'broken_links')?.message).toContain('tasses-gres')
    expect(ruleIds(audit)).toEqual(expect.arrayContaining(['title_unique', 'broken_links']))
  })

  it('judges a bare page on its head and body, highest impact first', () => {
    const audit = auditPage(fixtureDocument('bare-page.html', 'https://boutique.test/'))
    expect(ruleIds(audit)).toEqual(expect.arrayContaining(['title', 'description', 'canonical', 'h1', 'lang', 'viewport']))
    const impacts = audit.problems.map((found) => found.impact)
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a))
    expect(ruleIds(audit)).not.toContain('structured_data')
  })

  it('scores a timeout as an error rather than crashing, and notes redirects', () => {
    const timeout = auditPage({ url: 'https://boutique.test/lent', status: 0, html: '', headers: {}, ttfbMs: 500, bytes: 0, error: 'timeout' })
    expect(timeout).toMatchObject({ score: 0, problems: [{ ruleId: 'http_status', severity: 'error' }] })
    expect(timeout.problems[0]?.message).toContain('0,5 s')
    const moved = auditPage(fixtureDocument('good-product.html', 'https://boutique.test/p/1', {
      finalUrl: 'https://boutique.test/produits/theiere-en-fonte',
    }))
    expect(problem(moved, 'http_status')).toMatchObject({ severity: 'info', impact: 0 })
    expect(moved.score).toBe(100)
  })

  it('warns on a slow answer and errors on a very slow one', () => {
    expect(problem(auditPage(fixtureDocument('good-product.html', undefined, { ttfbMs: 700 })), 'ttfb')?.severity).toBe('warning')
    expect(problem(auditPage(fixtureDocument('good-product.html', undefined, { ttfbMs: 2000 })), 'ttfb')?.severity).toBe('error')
  })
})

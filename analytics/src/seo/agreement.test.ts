import { describe, expect, it } from 'vitest'
import { adviseSeo, effectiveDescription, effectiveTitle, type SeoAdviceInput, type SeoRuleId, type SeoRuleStatus } from './advice'
import { auditPage } from './audit/auditPage'
import { extractPage } from './audit/extract'
import { fixtureDocument } from './audit/test-helpers/fixtures'
import type { AuditRuleId, AuditSeverity, PageAudit } from './audit/types'
import { PERFECT_PRODUCT } from './test-helpers/items'
import { titleKey } from './text'

/** Advice rules and the audit rules that check the same thing on the rendered page. */
const SHARED_RULES: [SeoRuleId, AuditRuleId][] = [
  ['title_length', 'title'],
  ['description_length', 'description'],
  ['image_alts', 'image_alts'],
  ['title_unique', 'title_unique'],
]
const EXPECTED_SEVERITY: Record<SeoRuleStatus, AuditSeverity | null> = { good: null, warning: 'warning', bad: 'error' }

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** The item's page as the storefront renders it: effective title and description, alt texts as stored. */
function renderItemPage(item: SeoAdviceInput, url: string): string {
  const description = effectiveDescription(item)
  const product = {
    '@context': 'https://schema.org', '@type': 'Product', name: item.title, image: ['https://boutique.test/img.jpg'],
    offers: { '@type': 'Offer', price: '39.90', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
  }
  return `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(effectiveTitle(item))}</title>
${description ? `<meta name="description" content="${escape(description)}">` : ''}
<link rel="canonical" href="${url}">
<script type="application/ld+json">${JSON.stringify(product).replace(/</g, '\\u003c')}</script></head>
<body><h1>${escape(item.title)}</h1>${item.images
    .map((image) => `<img src="/${image.id}.jpg"${image.alt === null ? '' : ` alt="${escape(image.alt)}"`}>`).join('')}</body></html>`
}

/** Audits the rendered item in a site made of it and the other items (for duplicate titles). */
function auditItem(item: SeoAdviceInput): PageAudit {
  const url = 'https://boutique.test/produits/article'
  const titlesIndex = new Map<string, string[]>([[titleKey(effectiveTitle(item)), [url]]])
  item.otherTitles.forEach((title, index) => {
    const key = titleKey(title)
    titlesIndex.set(key, [...(titlesIndex.get(key) ?? []), `https://boutique.test/autre/${index}`])
  })
  const html = renderItemPage(item, url)
  return auditPage({ url, status: 200, html, headers: {}, ttfbMs: 50, bytes: html.length }, { titlesIndex })
}

const VARIANTS: Record<string, Partial<SeoAdviceInput>> = {
  parfait: {},
  'titre court': { metaTitle: 'Théière' },
  'titre de 30 caractères': { metaTitle: 'T'.repeat(30) },
  'titre de 61 caractères': { metaTitle: `Thé & infusions ${'x'.repeat(45)}` },
  'titre du produit sans titre SEO': { metaTitle: null },
  'titre en double': { otherTitles: ['THÉIÈRE en fonte  noire 0,8 L – Comptoir'] },
  'description courte': { metaDescription: 'Théière en fonte.' },
  'description de 161 caractères': { metaDescription: 'é'.repeat(161) },
  'description du produit sans méta-description': { metaDescription: null },
  'aucune description': { metaDescription: null, description: null },
  'une image sans alt': { images: [{ id: 'a', alt: 'Vue de face' }, { id: 'b', alt: null }] },
  'aucune image avec alt': { images: [{ id: 'a', alt: null }, { id: 'b', alt: '  ' }] },
}

describe('advice and audit agree', () => {
  it('the fixture product page is the perfect item, and neither side finds anything to fix', () => {
    const document = fixtureDocument('good-product.html')
    const facts = extractPage(document)
    expect(facts.titles).toEqual([PERFECT_PRODUCT.metaTitle])
    expect(facts.descriptions).toEqual([PERFECT_PRODUCT.metaDescription])
    const pageAlts = facts.images.map((image) => image.alt)
    expect(pageAlts).toEqual(expect.arrayContaining(PERFECT_PRODUCT.images.map((image) => image.alt)))

    expect(adviseSeo(PERFECT_PRODUCT).score).toBe(100)
    const titlesIndex = new Map([[titleKey(facts.titles[0] ?? ''), [document.url]], ...PERFECT_PRODUCT.otherTitles
      .map((title, index): [string, string[]] => [titleKey(title), [`https://boutique.test/autre/${index}`]])])
    expect(auditPage(document, { titlesIndex }).problems).toEqual([])
  })

  for (const [name, changes] of Object.entries(VARIANTS)) {
    it(`gives the same verdict on the shared rules: ${name}`, () => {
      const item = { ...PERFECT_PRODUCT, ...changes }
      const advice = adviseSeo(item)
      const audit = auditItem(item)
      for (const [adviceId, auditId] of SHARED_RULES) {
        const status = advice.rules.find((rule) => rule.id === adviceId)?.status ?? 'good'
        const severity = audit.problems.find((problem) => problem.ruleId === auditId)?.severity ?? null
        expect(severity, `${adviceId} ${status} / ${auditId}`).toBe(EXPECTED_SEVERITY[status])
      }
      if (advice.score === 100) expect(audit.problems).toEqual([])
    })
  }

  it('covers every verdict of every shared rule across the variants', () => {
    const seen = new Set(Object.values(VARIANTS).flatMap((changes) =>
      adviseSeo({ ...PERFECT_PRODUCT, ...changes }).rules.map((rule) => `${rule.id}:${rule.status}`)))
    for (const [adviceId] of SHARED_RULES)
      for (const status of ['good', adviceId === 'title_unique' ? 'bad' : 'warning'] as const)
        expect(seen.has(`${adviceId}:${status}`), `${adviceId}:${status}`).toBe(true)
  })
})

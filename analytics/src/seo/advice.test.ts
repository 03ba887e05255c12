import { describe, expect, it } from 'vitest'
import { adviseSeo, effectiveDescription, SEO_RULE_IDS, type SeoAdviceInput, type SeoRuleId } from './advice'
import { PERFECT_PRODUCT } from './test-helpers/items'

const advise = (changes: Partial<SeoAdviceInput>) => adviseSeo({ ...PERFECT_PRODUCT, ...changes })
const rule = (changes: Partial<SeoAdviceInput>, id: SeoRuleId) => advise(changes).rules.find((found) => found.id === id)

describe('adviseSeo', () => {
  it('scores a complete product 100 with every rule good and explained in French', () => {
    const advice = adviseSeo(PERFECT_PRODUCT)
    expect(advice.rules.filter((found) => found.status !== 'good')).toEqual([])
    expect(advice.score).toBe(100)
    expect(advice.rules.map((found) => found.id)).toEqual(SEO_RULE_IDS)
    for (const found of advice.rules) {
      expect(found.label).toMatch(/\S/)
      expect(found.why).toMatch(/^[A-ZÀ-Ý«L].*[.!]$/)
      expect(found.message).toMatch(/\S/)
    }
  })

  it('grades the title length band and falls back on the item title', () => {
    expect(rule({ metaTitle: 'Théière' }, 'title_length')).toMatchObject({ status: 'warning', message: expect.stringContaining('7 caractères') })
    expect(rule({ metaTitle: 'T'.repeat(61) }, 'title_length')?.status).toBe('warning')
    expect(rule({ metaTitle: 'T'.repeat(60) }, 'title_length')?.status).toBe('good')
    expect(rule({ metaTitle: null, title: 'Théière en fonte noire 0,8 L, grand modèle' }, 'title_length')?.status).toBe('good')
    expect(rule({ metaTitle: '  ', title: '' }, 'title_length')?.status).toBe('bad')
  })

  it('measures the description band on the meta description, else on the text of the item description', () => {
    expect(rule({ metaDescription: 'Trop court.' }, 'description_length')?.status).toBe('warning')
    const fallback = rule({ metaDescription: null }, 'description_length')
    expect(fallback).toMatchObject({ status: 'warning', message: expect.stringContaining('Sans méta-description') })
    expect(effectiveDescription({ metaDescription: null, description: '<p>Une <b>théière</b></p>' })).toBe('Une théière')
    expect(rule({ metaDescription: null, description: null }, 'description_length')?.status).toBe('bad')
  })

  it('finds the focus keyword regardless of accents and case', () => {
    const advice = advise({ focusKeyword: 'THEIERE EN FONTE' })
    for (const id of ['keyword_in_title', 'keyword_in_description', 'keyword_in_handle', 'keyword_in_intro'] as const)
      expect(advice.rules.find((found) => found.id === id)?.status, id).toBe('good')
    expect(rule({ focusKeyword: 'théière' }, 'keyword_in_title')?.status).toBe('good')
    expect(rule({ focusKeyword: 'the' }, 'keyword_in_title')?.status).toBe('bad')
  })

  it('warns when the keyword words are there but not as typed, and fails when absent', () => {
    expect(rule({ focusKeyword: 'fonte théière' }, 'keyword_in_title')?.status).toBe('warning')
    expect(rule({ focusKeyword: 'bouilloire' }, 'keyword_in_description')?.status).toBe('bad')
    expect(rule({ handle: 'article-123' }, 'keyword_in_handle')?.status).toBe('bad')
    expect(rule({ description: '<p>Un bel objet.</p><p>Cette théière en fonte…</p>' }, 'keyword_in_intro')?.status).toBe('bad')
  })

  it('never lets an empty keyword score better than a keyword found nowhere', () => {
    const none = advise({ focusKeyword: null })
    const nowhere = advise({ focusKeyword: 'bouilloire électrique' })
    const totalWeight = (advice: typeof none) => advice.rules.reduce((sum, found) => sum + found.weight, 0)
    expect(none.rules.map((found) => found.id)).not.toContain('keyword_in_title')
    expect(none.rules.find((found) => found.id === 'focus_keyword')?.status).toBe('bad')
    expect(totalWeight(none)).toBe(totalWeight(nowhere))
    expect(none.score).toBeLessThan(nowhere.score)
  })

  it('checks the handle is a short lowercase ascii slug', () => {
    expect(rule({ handle: 'Théière en fonte' }, 'handle_slug')).toMatchObject({ status: 'warning', message: expect.stringContaining('« theiere-en-fonte »') })
    expect(rule({ handle: 'theiere--en-fonte' }, 'handle_slug')?.status).toBe('warning')
    expect(rule({ handle: `theiere-${'a'.repeat(60)}` }, 'handle_slug')?.status).toBe('warning')
    expect(rule({ handle: '' }, 'handle_slug')?.status).toBe('bad')
  })

  it('counts words of the item description', () => {
    expect(rule({ description: '<p>Une théière.</p>' }, 'content_length')).toMatchObject({ status: 'warning', message: expect.stringContaining('2 mots') })
    expect(rule({ description: '' }, 'content_length')?.status).toBe('bad')
  })

  it('wants an alt text on every image', () => {
    expect(rule({ images: [{ id: 'a', alt: 'Vue de face' }, { id: 'b', alt: ' ' }] }, 'image_alts')?.status).toBe('warning')
    expect(rule({ images: [{ id: 'a', alt: null }] }, 'image_alts')?.status).toBe('bad')
    expect(rule({ images: [] }, 'image_alts')?.status).toBe('warning')
  })

  it('spots a title another item already uses, ignoring case and spaces', () => {
    expect(rule({ otherTitles: ['théière EN fonte  noire 0,8 L – Comptoir'] }, 'title_unique')).toMatchObject({
      status: 'bad', message: expect.stringContaining('1 autre page'),
    })
  })

  it('warns about noindex', () => {
    expect(rule({ noindex: true }, 'noindex')?.status).toBe('warning')
  })

  it('leaves out the rules a collection cannot satisfy', () => {
    const advice = advise({ entityType: 'collection', description: null, images: [] })
    const ids = advice.rules.map((found) => found.id)
    expect(ids).not.toContain('content_length')
    expect(ids).not.toContain('keyword_in_intro')
    expect(ids).not.toContain('image_alts')
    expect(advice.score).toBe(100)
  })

  it('weighs a warning half a good rule', () => {
    const advice = advise({ noindex: true })
    const total = advice.rules.reduce((sum, found) => sum + found.weight, 0)
    expect(advice.score).toBe(Math.round((100 * (total - 1.5)) / total))
  })
})

import { matchKeyword, type KeywordMatch } from './keyword'
import { SEO_LIMITS } from './limits'
import { SEO_MESSAGES as M, SEO_RULE_TEXT } from './messages.fr'
import { collapseSpaces, countWords, firstParagraph, slugify, stripHtml, textLength, titleKey } from './text'
import type { SeoAdvice, SeoAdviceInput, SeoRuleId, SeoRuleResult, SeoRuleStatus } from './types'

export * from './types'
export { SEO_LIMITS, type SeoLimits } from './limits'
export { SEO_RULE_TEXT } from './messages.fr'
export { serpPreview, type SerpPreview, type SerpPreviewInput } from './serp'
export { matchKeyword, type KeywordMatch } from './keyword'
export { slugify, stripHtml, textLength, titleKey } from './text'

/** Share of the score each rule carries: what Google weighs most weighs most here. */
export const SEO_RULE_WEIGHTS: Record<SeoRuleId, number> = {
  title_length: 3,
  description_length: 2,
  focus_keyword: 1,
  keyword_in_title: 3,
  keyword_in_description: 2,
  keyword_in_handle: 1,
  keyword_in_intro: 2,
  handle_slug: 1,
  content_length: 2,
  image_alts: 2,
  title_unique: 2,
  noindex: 3,
}

const KEYWORD_RULES = ['keyword_in_title', 'keyword_in_description', 'keyword_in_handle', 'keyword_in_intro'] as const

/** A warning is worth half a good rule, in the advice score and in the audit score alike. */
export const STATUS_CREDIT: Record<SeoRuleStatus, number> = { good: 1, warning: 0.5, bad: 0 }

/** The title Google shows: the SEO title when set, else the item's own title. */
export function effectiveTitle(input: Pick<SeoAdviceInput, 'metaTitle' | 'title'>): string {
  // Plain text, as the storefront sends it (escaped): HTML typed in a title is shown as typed.
  return collapseSpaces(input.metaTitle?.trim() ? input.metaTitle : input.title)
}

/** The description Google shows: the meta description when set, else the item's description text. */
export function effectiveDescription(input: Pick<SeoAdviceInput, 'metaDescription' | 'description'>): string {
  // A meta description is plain text; only the item's own description may be HTML.
  return input.metaDescription?.trim() ? collapseSpaces(input.metaDescription) : stripHtml(input.description ?? '')
}

/** 0-100: weighted share of good rules, a warning counting half. */
export function scoreRules(rules: readonly { status: SeoRuleStatus; weight: number }[]): number {
  const total = rules.reduce((sum, rule) => sum + rule.weight, 0)
  if (total === 0) return 0
  const earned = rules.reduce((sum, rule) => sum + rule.weight * STATUS_CREDIT[rule.status], 0)
  return Math.round((100 * earned) / total)
}

/** Live advice for one product, collection or category, recomputed on every keystroke. */
export function adviseSeo(input: SeoAdviceInput): SeoAdvice {
  const rules: SeoRuleResult[] = []
  const add = (id: SeoRuleId, status: SeoRuleStatus, message: string, weight = SEO_RULE_WEIGHTS[id]) =>
    rules.push({ id, status, ...SEO_RULE_TEXT[id], message, weight })

  const title = effectiveTitle(input)
  const description = effectiveDescription(input)
  const itemText = stripHtml(input.description ?? '')
  // Medusa collections have no description field: rules on it would be impossible to satisfy.
  const hasBody = input.entityType !== 'collection'

  const titleLength = textLength(title)
  if (titleLength === 0) add('title_length', 'bad', M.titleMissing)
  else if (titleLength < SEO_LIMITS.titleMin) add('title_length', 'warning', M.titleShort(titleLength))
  else if (titleLength > SEO_LIMITS.titleMax) add('title_length', 'warning', M.titleLong(titleLength))
  else add('title_length', 'good', M.titleGood(titleLength))

  const descriptionLength = textLength(description)
  const fromItem = !input.metaDescription?.trim()
  if (descriptionLength === 0) add('description_length', 'bad', M.descriptionMissing)
  else if (descriptionLength < SEO_LIMITS.descriptionMin)
    add('description_length', 'warning', M.descriptionShort(descriptionLength))
  else if (descriptionLength > SEO_LIMITS.descriptionMax)
    add('description_length', 'warning', M.descriptionLong(descriptionLength, fromItem))
  else add('description_length', 'good', M.descriptionGood(descriptionLength))

  const keyword = input.focusKeyword?.trim() ?? ''
  if (!keyword) {
    // No keyword weighs as much as a keyword found nowhere, so leaving it empty never pays.
    const keywordWeight = KEYWORD_RULES.filter((id) => hasBody || id !== 'keyword_in_intro')
      .reduce((sum, id) => sum + SEO_RULE_WEIGHTS[id], SEO_RULE_WEIGHTS.focus_keyword)
    add('focus_keyword', 'bad', M.keywordMissing, keywordWeight)
  } else {
    add('focus_keyword', 'good', M.keywordSet(keyword))
    addKeywordRule(add, 'keyword_in_title', matchKeyword(title, keyword), 'dans le titre')
    addKeywordRule(add, 'keyword_in_description', matchKeyword(description, keyword), 'dans la description')
    addKeywordRule(add, 'keyword_in_handle', matchKeyword(input.handle.replace(/-/g, ' '), keyword), "dans l'URL")
    if (hasBody) {
      const intro = firstParagraph(input.description ?? '')
      addKeywordRule(add, 'keyword_in_intro', matchKeyword(intro, keyword), 'dans le premier paragraphe')
    }
  }

  const handle = input.handle.trim()
  if (!handle) add('handle_slug', 'bad', M.handleEmpty)
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(handle)) add('handle_slug', 'warning', M.handleInvalid(slugify(handle)))
  else if (handle.length > SEO_LIMITS.handleMax) add('handle_slug', 'warning', M.handleLong(handle.length))
  else add('handle_slug', 'good', M.handleGood)

  if (hasBody) {
    const words = countWords(itemText)
    if (words === 0) add('content_length', 'bad', M.contentEmpty)
    else if (words < SEO_LIMITS.contentMinWords) add('content_length', 'warning', M.contentShort(words))
    else add('content_length', 'good', M.contentGood(words))
  }

  // Collections and categories have no images of their own in Medusa.
  if (input.entityType === 'product' || input.images.length > 0) {
    const missing = input.images.filter((image) => !image.alt?.trim()).length
    if (input.images.length === 0) add('image_alts', 'warning', M.imagesNone)
    else if (missing > 0) add('image_alts', missing === input.images.length ? 'bad' : 'warning',
      M.imagesMissingAlt(missing, input.images.length))
    else add('image_alts', 'good', M.imagesGood(input.images.length))
  }

  const key = titleKey(title)
  const duplicates = key ? input.otherTitles.filter((other) => titleKey(other) === key).length : 0
  if (duplicates > 0) add('title_unique', 'bad', M.titleDuplicate(duplicates))
  else add('title_unique', 'good', M.titleUnique)

  if (input.noindex) add('noindex', 'warning', M.noindexOn)
  else add('noindex', 'good', M.noindexOff)

  return { score: scoreRules(rules), rules }
}

function addKeywordRule(
  add: (id: SeoRuleId, status: SeoRuleStatus, message: string) => void,
  id: (typeof KEYWORD_RULES)[number],
  match: KeywordMatch,
  where: string,
) {
  if (match === 'exact') add(id, 'good', M.keywordExact(where))
  else if (match === 'words') add(id, 'warning', M.keywordWords(where))
  else add(id, 'bad', M.keywordAbsent(where))
}

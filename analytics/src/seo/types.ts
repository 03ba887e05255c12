/** Ids of the live advice rules, in the order the widget lists them. */
export const SEO_RULE_IDS = [
  'title_length',
  'description_length',
  'focus_keyword',
  'keyword_in_title',
  'keyword_in_description',
  'keyword_in_handle',
  'keyword_in_intro',
  'handle_slug',
  'content_length',
  'image_alts',
  'title_unique',
  'noindex',
] as const

export type SeoRuleId = (typeof SEO_RULE_IDS)[number]

export type SeoEntityType = 'product' | 'collection' | 'category'

export type SeoRuleStatus = 'good' | 'warning' | 'bad'

export interface SeoAdviceInput {
  entityType: SeoEntityType
  /** The item's own title (product title, collection title, category name). */
  title: string
  handle: string
  /** The item's description; may contain HTML. Collections have none. */
  description: string | null
  metaTitle: string | null
  metaDescription: string | null
  focusKeyword: string | null
  noindex: boolean
  images: { id: string; alt: string | null }[]
  /** Effective titles of every other product, collection and category. */
  otherTitles: string[]
  /** Public URL of the item, for the preview. */
  url?: string
}

export interface SeoRuleResult {
  id: SeoRuleId
  status: SeoRuleStatus
  /** French name of the rule. */
  label: string
  /** One French sentence: why the rule matters. */
  why: string
  /** French: what was found and how to fix it. */
  message: string
  /** Share of the score this rule carries. */
  weight: number
}

export interface SeoAdvice {
  /** 0-100: weighted share of rules that are good, a warning counting half. */
  score: number
  rules: SeoRuleResult[]
}

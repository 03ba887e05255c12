import { SEO_LIMITS } from '../../limits'
import { textLength, titleKey } from '../../text'
import { AUDIT_TEXT as T } from '../messages.fr'
import { finding, type AuditRule, type RuleOutcome } from './types'

/** Length band shared with the advice: outside it is a warning, as in the admin widget. */
function lengthOutcome(value: string, min: number, max: number, text: (length: number) => { message: string; fix: string }): RuleOutcome {
  const length = textLength(value)
  return length < min || length > max ? finding('warning', text(length)) : 'pass'
}

/** Other indexable pages sharing this page's key. */
function duplicatesOf(key: string, url: string, index: Map<string, string[]> | undefined): string[] | null {
  if (!index) return null
  return (index.get(key) ?? []).filter((other) => other !== url)
}

/** Rules on the <head>: title, description, canonical, language, viewport. */
export const headRules: AuditRule[] = [
  {
    id: 'title',
    weight: 3,
    check({ hasHtml, titles }) {
      if (!hasHtml) return 'skip'
      const [title] = titles
      if (!title) return finding('error', T.titleMissing())
      if (titles.length > 1) return finding('warning', T.titleMultiple(titles.length))
      return lengthOutcome(title, SEO_LIMITS.titleMin, SEO_LIMITS.titleMax, T.titleLength)
    },
  },
  {
    id: 'title_unique',
    weight: 2,
    check({ hasHtml, titles, document }, { titlesIndex }) {
      const duplicates = hasHtml && titles[0] ? duplicatesOf(titleKey(titles[0]), document.url, titlesIndex) : null
      if (!duplicates) return 'skip'
      return duplicates.length > 0 ? finding('error', T.titleDuplicate(duplicates)) : 'pass'
    },
  },
  {
    id: 'description',
    weight: 2,
    check({ hasHtml, descriptions }) {
      if (!hasHtml) return 'skip'
      const [description] = descriptions
      if (!description) return finding('error', T.descriptionMissing())
      return lengthOutcome(description, SEO_LIMITS.descriptionMin, SEO_LIMITS.descriptionMax, T.descriptionLength)
    },
  },
  {
    id: 'description_unique',
    weight: 1,
    check({ hasHtml, descriptions, document }, { descriptionsIndex }) {
      const duplicates = hasHtml && descriptions[0] ? duplicatesOf(titleKey(descriptions[0]), document.url, descriptionsIndex) : null
      if (!duplicates) return 'skip'
      return duplicates.length > 0 ? finding('warning', T.descriptionDuplicate(duplicates)) : 'pass'
    },
  },
  {
    id: 'canonical',
    weight: 2,
    check({ hasHtml, canonicals, baseUrl }, { origin }) {
      if (!hasHtml) return 'skip'
      const distinct = [...new Set(canonicals)]
      const [href] = distinct
      if (!href) return finding('warning', T.canonicalMissing())
      if (distinct.length > 1) return finding('warning', T.canonicalMultiple(distinct.length))
      let canonical: URL
      try {
        canonical = new URL(href)
      } catch {
        return finding('error', T.canonicalInvalid(href))
      }
      if (canonical.protocol !== 'http:' && canonical.protocol !== 'https:') return finding('error', T.canonicalInvalid(href))
      if (canonical.origin !== (origin ?? new URL(baseUrl).origin)) return finding('warning', T.canonicalOtherSite(href))
      const page = new URL(baseUrl)
      if (canonical.pathname.replace(/\/$/, '') !== page.pathname.replace(/\/$/, '')) return finding('info', T.canonicalElsewhere(href))
      return 'pass'
    },
  },
  {
    id: 'lang',
    weight: 1,
    check: ({ hasHtml, lang }) => (!hasHtml ? 'skip' : lang ? 'pass' : finding('warning', T.langMissing())),
  },
  {
    id: 'viewport',
    weight: 1,
    check: ({ hasHtml, hasViewport }) => (!hasHtml ? 'skip' : hasViewport ? 'pass' : finding('warning', T.viewportMissing())),
  },
]

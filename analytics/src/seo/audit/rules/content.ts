import { foldText } from '../../text'
import { internalLinks } from '../extract'
import { AUDIT_TEXT as T } from '../messages.fr'
import { finding, type AuditRule } from './types'

/** Link texts that say nothing of where the link leads (compared accent- and case-insensitively). */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'cliquez ici', 'cliquer ici', 'ici', 'en savoir plus', 'lire la suite', 'la suite', 'voir plus', 'plus',
  'lien', 'click here', 'here', 'read more', 'learn more', 'more', 'link',
])

/** Rules on the <body>: headings, images, links. */
export const contentRules: AuditRule[] = [
  {
    id: 'h1',
    weight: 2,
    check({ hasHtml, h1Count }) {
      if (!hasHtml) return 'skip'
      if (h1Count === 0) return finding('warning', T.h1Missing())
      return h1Count > 1 ? finding('warning', T.h1Multiple(h1Count)) : 'pass'
    },
  },
  {
    id: 'image_alts',
    weight: 2,
    check({ hasHtml, images }) {
      if (!hasHtml || images.length === 0) return 'skip'
      const missing = images.filter((image) => !image.alt?.trim()).map((image) => image.src.split('/').pop() || image.src)
      if (missing.length === 0) return 'pass'
      // Same grading as the advice: every image bare is an error, some of them a warning.
      return finding(missing.length === images.length ? 'error' : 'warning', T.imagesWithoutAlt(missing, images.length))
    },
  },
  {
    id: 'link_text',
    weight: 1,
    check({ hasHtml, links }) {
      if (!hasHtml) return 'skip'
      const withHref = links.filter((link) => link.href !== null)
      const empty = withHref.filter((link) => !link.text).length
      const vague = [...new Set(withHref.map((link) => link.text).filter((text) => VAGUE_LINK_TEXTS.has(foldText(text))))]
      if (vague.length > 0) return finding('warning', T.vagueLinks(vague))
      return empty > 0 ? finding('warning', T.emptyLinks(empty)) : 'pass'
    },
  },
  {
    id: 'links_crawlable',
    weight: 1,
    check({ hasHtml, links }) {
      if (!hasHtml) return 'skip'
      const bad = links.filter((link) => !link.href?.trim() || /^\s*javascript:/i.test(link.href)).length
      return bad > 0 ? finding('warning', T.uncrawlableLinks(bad)) : 'pass'
    },
  },
  {
    id: 'broken_links',
    weight: 2,
    check(facts, { linkStatus, origin }) {
      if (!facts.hasHtml || !linkStatus) return 'skip'
      const links = internalLinks(facts, origin ?? new URL(facts.baseUrl).origin)
      const broken = links.filter((url) => (linkStatus.get(url) ?? 200) >= 400)
      if (broken.length > 0) return finding('error', T.brokenLinks(broken))
      const silent = links.filter((url) => linkStatus.get(url) === 0)
      return silent.length > 0 ? finding('warning', T.unreachableLinks(silent)) : 'pass'
    },
  },
]

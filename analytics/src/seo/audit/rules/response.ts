import { SEO_LIMITS } from '../../limits'
import { AUDIT_TEXT as T } from '../messages.fr'
import { isAllowedByRobots } from '../robots'
import { finding, type AuditRule } from './types'

/** Rules on the HTTP response itself: status, indexability, weight, speed. */
export const responseRules: AuditRule[] = [
  {
    id: 'http_status',
    weight: 5,
    check({ document }) {
      if (document.status === 0) return finding('error', document.error === 'timeout' ? T.timeout(document.ttfbMs) : T.unreachable())
      if (document.status >= 400) return finding('error', T.httpError(document.status))
      if (document.finalUrl && document.finalUrl !== document.url) return finding('info', T.redirected(document.finalUrl))
      return 'pass'
    },
  },
  {
    id: 'indexable',
    weight: 3,
    check({ document, robotsMeta }, { robots }) {
      if (robots && !isAllowedByRobots(robots, document.url)) return finding('error', T.robotsDisallow())
      const header = (document.headers['x-robots-tag'] ?? '').toLowerCase()
      if (/\b(noindex|none)\b/.test(header)) return finding('warning', T.noindex('en-tête X-Robots-Tag'))
      if (robotsMeta.some((value) => /\b(noindex|none)\b/.test(value))) return finding('warning', T.noindex('balise meta robots'))
      return 'pass'
    },
  },
  {
    id: 'page_weight',
    weight: 1,
    check({ document, hasHtml }) {
      if (!hasHtml) return 'skip'
      if (document.bytes > SEO_LIMITS.htmlBytesError) return finding('error', T.heavyPage(document.bytes))
      if (document.bytes > SEO_LIMITS.htmlBytesWarn) return finding('warning', T.heavyPage(document.bytes))
      return 'pass'
    },
  },
  {
    id: 'ttfb',
    weight: 2,
    check({ document }) {
      if (document.status === 0) return 'skip'
      if (document.ttfbMs > SEO_LIMITS.ttfbErrorMs) return finding('error', T.slowResponse(document.ttfbMs))
      if (document.ttfbMs > SEO_LIMITS.ttfbWarnMs) return finding('warning', T.slowResponse(document.ttfbMs))
      return 'pass'
    },
  },
]

import type { PageFacts } from '../extract'
import type { RobotsRules } from '../robots'
import type { AuditRuleId, AuditSeverity } from '../types'

/** What a page is judged against beyond its own HTML. Cross-page rules are skipped when absent. */
export interface AuditContext {
  /** The shop's origin: internal links and canonical URLs are compared with it. Default: the page's. */
  origin?: string
  robots?: RobotsRules | null
  /** Title key (see `titleKey`) -> URLs of the indexable pages that use it. */
  titlesIndex?: Map<string, string[]>
  /** Description key -> URLs of the indexable pages that use it. */
  descriptionsIndex?: Map<string, string[]>
  /** Internal URL -> HTTP status (0 when it did not answer). */
  linkStatus?: Map<string, number>
}

/** A failed rule: the worst thing found, in French. */
export interface Finding {
  severity: AuditSeverity
  message: string
  fix: string
}

/** `pass` counts towards the score as good, `skip` leaves the rule out of the page score. */
export type RuleOutcome = Finding | 'pass' | 'skip'

export interface AuditRule {
  id: AuditRuleId
  /** Share of the page score; same scale as the advice weights. */
  weight: number
  check(facts: PageFacts, context: AuditContext): RuleOutcome
}

export const finding = (severity: AuditSeverity, text: { message: string; fix: string }): Finding => ({ severity, ...text })

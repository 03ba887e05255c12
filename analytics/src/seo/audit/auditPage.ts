import { extractPage, type PageFacts } from './extract'
import { PAGE_RULES, type AuditContext } from './rules'
import type { AuditDocument, AuditProblem, AuditSeverity, PageAudit } from './types'

/** A problem costs its rule's weight times this share: a warning half, an info nothing (as in the advice). */
const SEVERITY_COST: Record<AuditSeverity, number> = { error: 1, warning: 0.5, info: 0 }

/** Problems with more impact first; on a tie, errors before warnings, then by URL. */
export function compareProblems(a: AuditProblem, b: AuditProblem): number {
  return b.impact - a.impact || SEVERITY_COST[b.severity] - SEVERITY_COST[a.severity] || a.url.localeCompare(b.url)
}

/** Audits already-parsed facts; `auditSite` parses each page once and calls this with the site context. */
export function auditFacts(facts: PageFacts, context: AuditContext = {}): PageAudit {
  const { document } = facts
  // A page that failed to load has nothing else to judge: its score is that of its status alone.
  const failed = document.status === 0 || document.status >= 400
  const rules = failed ? PAGE_RULES.filter((rule) => rule.id === 'http_status') : PAGE_RULES
  const outcomes = rules.map((rule) => ({ rule, outcome: rule.check(facts, context) }))
  const applied = outcomes.filter(({ outcome }) => outcome !== 'skip')
  const totalWeight = applied.reduce((sum, { rule }) => sum + rule.weight, 0)
  const problems: AuditProblem[] = []
  let lost = 0
  for (const { rule, outcome } of applied) {
    if (outcome === 'pass' || outcome === 'skip') continue
    const cost = rule.weight * SEVERITY_COST[outcome.severity]
    lost += cost
    problems.push({
      ruleId: rule.id,
      severity: outcome.severity,
      impact: totalWeight === 0 ? 0 : Math.round((1000 * cost) / totalWeight) / 10,
      url: document.url,
      message: outcome.message,
      fix: outcome.fix,
    })
  }
  return {
    url: document.url,
    status: document.status,
    score: totalWeight === 0 ? 0 : Math.round((100 * (totalWeight - lost)) / totalWeight),
    ttfbMs: document.ttfbMs,
    bytes: document.bytes,
    problems: problems.sort(compareProblems),
  }
}

/**
 * Audits one fetched page. Score: weighted share of the rules that apply and pass, a warning
 * counting half (as the advice score). Cross-page rules (duplicates, broken links) run only when
 * the context carries the site's indexes, as `auditSite` provides.
 */
export function auditPage(document: AuditDocument, context: AuditContext = {}): PageAudit {
  return auditFacts(extractPage(document), context)
}

/** Ids of the audit rules. Where an advice rule checks the same thing, the audit uses the same thresholds. */
export const AUDIT_RULE_IDS = [
  'http_status',
  'indexable',
  'title',
  'title_unique',
  'description',
  'description_unique',
  'canonical',
  'h1',
  'image_alts',
  'link_text',
  'links_crawlable',
  'broken_links',
  'lang',
  'structured_data',
  'page_weight',
  'ttfb',
  'viewport',
  'sitemap',
] as const

export type AuditRuleId = (typeof AUDIT_RULE_IDS)[number]

export type AuditSeverity = 'error' | 'warning' | 'info'

/** One page as fetched: what `auditPage` reads. */
export interface AuditDocument {
  /** The URL that was requested (as listed in the sitemap). */
  url: string
  /** Final HTTP status; 0 when the page could not be fetched (timeout, network error). */
  status: number
  html: string
  /** Response headers, names in lower case. */
  headers: Record<string, string>
  /** Time from sending the request to receiving the response headers. */
  ttfbMs: number
  /** Size of the HTML body in bytes. */
  bytes: number
  /** URL after redirects, when different from `url`. */
  finalUrl?: string
  /** Why the fetch failed, when `status` is 0. */
  error?: 'timeout' | 'network'
}

export interface AuditProblem {
  ruleId: AuditRuleId
  severity: AuditSeverity
  /** Points of the page score this problem costs (0 for an info); the site list is sorted on it. */
  impact: number
  url: string
  /** French: what was found. */
  message: string
  /** French: how to fix it. */
  fix: string
}

export interface PageAudit {
  url: string
  status: number
  /** 0-100: weighted share of the rules that apply to the page and pass, a warning counting half. */
  score: number
  ttfbMs: number
  bytes: number
  problems: AuditProblem[]
}

export interface SiteAudit {
  startedAt: string
  finishedAt: string
  /** 0-100: mean of the page scores (every page counts the same), 0 when no page was audited. */
  score: number
  pages: PageAudit[]
  /** Every page's problems plus the site-wide ones, highest impact first. */
  problems: AuditProblem[]
}

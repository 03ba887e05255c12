import { contentRules } from './content'
import { headRules } from './head'
import { responseRules } from './response'
import { structuredDataRule } from './structured-data'
import type { AuditRule } from './types'

export type { AuditContext, AuditRule, Finding, RuleOutcome } from './types'
export { VAGUE_LINK_TEXTS } from './content'

/** Every rule run on each page, in the order problems are listed for a page. */
export const PAGE_RULES: readonly AuditRule[] = [...responseRules, ...headRules, ...contentRules, structuredDataRule]

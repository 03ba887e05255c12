import type { AuditProblem } from "@comptoir/analytics"
import { StatusBadge, Text } from "@medusajs/ui"
import { pagePath } from "./audit-format"
import { seoMessages } from "./messages"

const m = seoMessages.audit

/** Beyond this the list is a wall; the per-page table still shows every page's count. */
const SHOWN = 100

const SEVERITY_COLOR = { error: "red", warning: "orange", info: "grey" } as const

/** The audit's problems, the most damaging first, each with its page and how to fix it. */
export function AuditProblems({ problems }: { problems: readonly AuditProblem[] }) {
  if (problems.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle">{m.noProblems}</Text>
  }
  const sorted = [...problems].sort((a, b) => b.impact - a.impact)
  return (
    <ol className="flex flex-col divide-y" data-testid="seo-audit-problems">
      {sorted.slice(0, SHOWN).map((problem, index) => (
        <li key={`${problem.ruleId}:${problem.url}:${index}`} className="flex items-start gap-3 py-3" data-rule={problem.ruleId}>
          <span className="shrink-0 pt-0.5">
            <StatusBadge color={SEVERITY_COLOR[problem.severity]}>{m.severity[problem.severity]}</StatusBadge>
          </span>
          <div className="flex min-w-0 flex-col gap-0.5">
            <Text size="small" weight="plus">
              {problem.message}
            </Text>
            <Text size="xsmall" className="truncate text-ui-fg-muted">
              {m.page} : <a href={problem.url} target="_blank" rel="noreferrer noopener" className="text-ui-fg-interactive hover:underline">{pagePath(problem.url)}</a>
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {m.fix} : {problem.fix}
            </Text>
          </div>
        </li>
      ))}
      {sorted.length > SHOWN && (
        <li className="py-3">
          <Text size="small" className="text-ui-fg-muted">{m.moreProblems(sorted.length - SHOWN)}</Text>
        </li>
      )}
    </ol>
  )
}

import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { scoreColor } from "./advice-panel"
import { fetchSeoAudit, type SeoAuditRecord } from "./api"
import { formatDateTime, formatElapsed } from "./audit-format"
import { STATUS_COLOR } from "./audit-history"
import { AuditPagesTable } from "./audit-pages-table"
import { AuditProblems } from "./audit-problems"
import { seoMessages } from "./messages"
import { seoKeys } from "./query-client"

const m = seoMessages.audit

/** How often an audit in progress is read again: the crawl of a small shop takes seconds. */
export const POLL_MS = 2000

export const inProgress = (audit: { status: string } | undefined) => audit?.status === "queued" || audit?.status === "running"

function Summary({ audit }: { audit: SeoAuditRecord }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4" data-testid="seo-audit-summary" data-status={audit.status}>
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <Heading level="h2">{m.score}</Heading>
          <StatusBadge color={STATUS_COLOR[audit.status]}>{m.status[audit.status]}</StatusBadge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {formatDateTime(audit.started_at ?? audit.created_at)} · {audit.base_url}
          {audit.status === "done" && ` · ${m.pages(audit.page_count)} · ${formatElapsed(audit.started_at, audit.finished_at)}`}
        </Text>
      </div>
      {audit.score !== null && (
        <StatusBadge color={scoreColor(audit.score)} className="text-base" data-testid="seo-audit-score">
          {audit.score} / 100
        </StatusBadge>
      )}
    </div>
  )
}

/** One audit: its status while it runs (polled), then its score, problems and pages. */
export function AuditDetail({ id }: { id: string }) {
  const query = useQuery({
    queryKey: seoKeys.audit(id),
    queryFn: ({ signal }) => fetchSeoAudit(id, signal).then(({ seo_audit }) => seo_audit),
    // The crawl runs on the server: the status is read back until it ends (and after a page refresh).
    refetchInterval: (current) => (inProgress(current.state.data) ? POLL_MS : false),
  })
  if (query.isPending) return null
  if (query.isError) {
    return <Container><Text size="small" className="text-ui-fg-error" role="alert">{m.loadError} : {query.error.message}</Text></Container>
  }
  const audit = query.data
  return (
    <>
      <Container className="divide-y p-0">
        <Summary audit={audit} />
        {inProgress(audit) && (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle" role="status" data-testid="seo-audit-running">
            {m.running}
          </Text>
        )}
        {audit.status === "failed" && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert" data-testid="seo-audit-error">
            {m.failed} : {audit.error}
          </Text>
        )}
      </Container>
      {audit.result && (
        <>
          <Container className="flex flex-col gap-2 px-6 py-4">
            <Heading level="h2">{m.problems}</Heading>
            <AuditProblems problems={audit.result.problems} />
          </Container>
          <Container className="flex flex-col gap-2 px-6 py-4">
            <Heading level="h2">{m.pagesTable}</Heading>
            <AuditPagesTable pages={audit.result.pages} />
          </Container>
        </>
      )}
    </>
  )
}

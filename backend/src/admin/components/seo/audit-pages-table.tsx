import type { PageAudit } from "@comptoir/analytics"
import { Table } from "@medusajs/ui"
import { formatBytes, formatMs, pagePath } from "./audit-format"
import { seoMessages } from "./messages"

const c = seoMessages.audit.columns

/** One row per page crawled, the weakest first. */
export function AuditPagesTable({ pages }: { pages: readonly PageAudit[] }) {
  const sorted = [...pages].sort((a, b) => a.score - b.score || a.url.localeCompare(b.url))
  return (
    <div className="overflow-x-auto">
      <Table data-testid="seo-audit-pages">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{c.url}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{c.status}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{c.score}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{c.ttfb}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{c.size}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{c.problems}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sorted.map((page) => (
            <Table.Row key={page.url}>
              <Table.Cell className="max-w-[28rem] truncate">
                <a href={page.url} target="_blank" rel="noreferrer noopener" className="text-ui-fg-interactive hover:underline">
                  {pagePath(page.url)}
                </a>
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{page.status}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{page.score}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMs(page.ttfbMs)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatBytes(page.bytes)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{page.problems.length}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

import { Badge, Table, Text } from "@medusajs/ui"
import { actionLabel, entityTypeLabel } from "../../../modules/activity-log/labels"
import type { ActivityPage } from "../../../modules/activity-log/types"
import { formatDateTime, personName } from "./format"
import { messages } from "./messages"
import { PAGE_SIZE } from "./query"

interface JournalTableProps {
  page: ActivityPage
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

export function JournalTable({ page, pageIndex, onPageChange }: JournalTableProps) {
  if (page.entries.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {messages.table.empty}
      </Text>
    )
  }
  const pageCount = Math.max(1, Math.ceil(page.count / PAGE_SIZE))
  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{messages.table.date}</Table.HeaderCell>
              <Table.HeaderCell>{messages.table.person}</Table.HeaderCell>
              <Table.HeaderCell>{messages.table.action}</Table.HeaderCell>
              <Table.HeaderCell>{messages.table.entity}</Table.HeaderCell>
              <Table.HeaderCell>{messages.table.summary}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {page.entries.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell className="whitespace-nowrap tabular-nums">{formatDateTime(entry.occurred_at)}</Table.Cell>
                <Table.Cell title={entry.actor_email ?? undefined}>{personName(entry)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{actionLabel(entry.action)}</Badge>
                </Table.Cell>
                <Table.Cell>{entityTypeLabel(entry.entity_type)}</Table.Cell>
                <Table.Cell title={`${entry.method} ${entry.path}`}>{entry.summary}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Table.Pagination
        count={page.count}
        pageSize={PAGE_SIZE}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex + 1 < pageCount}
        previousPage={() => onPageChange(pageIndex - 1)}
        nextPage={() => onPageChange(pageIndex + 1)}
        translations={messages.pagination}
      />
    </div>
  )
}

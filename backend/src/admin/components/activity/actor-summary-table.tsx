import { Table, Text } from "@medusajs/ui"
import { actionLabel, entityTypeLabel } from "../../../modules/activity-log/labels"
import type { ActorActivitySummary } from "../../../modules/activity-log/types"
import { formatCount, formatDateTime, personName } from "./format"
import { messages } from "./messages"

/** Who did what over the period: a teacher reads each student's share of the team's work. */
export function ActorSummaryTable({ actors }: { actors: readonly ActorActivitySummary[] }) {
  if (actors.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {messages.summary.empty}
      </Text>
    )
  }
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{messages.summary.person}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{messages.summary.total}</Table.HeaderCell>
            <Table.HeaderCell>{messages.summary.detail}</Table.HeaderCell>
            <Table.HeaderCell>{messages.summary.last}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {actors.map((actor) => (
            <Table.Row key={actor.actor_id}>
              <Table.Cell title={actor.actor_email ?? undefined}>{personName(actor)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatCount(actor.total)}</Table.Cell>
              <Table.Cell className="whitespace-normal">
                {actor.counts
                  .map((count) => `${entityTypeLabel(count.entity_type)} – ${actionLabel(count.action).toLowerCase()} : ${formatCount(count.count)}`)
                  .join(" · ")}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap tabular-nums">{formatDateTime(actor.last_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

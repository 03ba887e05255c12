import { Button, StatusBadge, Table, Text } from "@medusajs/ui"
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"
import type { SeoAuditStatus, SeoAuditSummary } from "./api"
import { formatDateTime, formatShortDate } from "./audit-format"
import { seoMessages } from "./messages"

const m = seoMessages.audit

export const STATUS_COLOR: Record<SeoAuditStatus, "grey" | "blue" | "green" | "red"> = {
  queued: "grey",
  running: "blue",
  done: "green",
  failed: "red",
}

/** The score of the finished audits over time, oldest on the left. */
function ScoreChart({ audits }: { audits: readonly SeoAuditSummary[] }) {
  const points = audits
    .filter((audit) => audit.status === "done" && audit.score !== null && audit.finished_at)
    .map((audit) => ({ at: audit.finished_at as string, score: audit.score }))
    .reverse()
  if (points.length < 2) return null
  return (
    <div className="h-40 w-full" data-testid="seo-audit-chart" aria-label={m.chart}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="at" tick={AXIS_TICK} tickFormatter={formatShortDate} minTickGap={24} />
          <YAxis domain={[0, 100]} tick={AXIS_TICK} width={32} />
          <Tooltip labelFormatter={(at) => formatDateTime(String(at))} formatter={(value) => [`${String(value)} / 100`, m.score]} />
          <Line type="monotone" dataKey="score" stroke={chartColor(0)} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Past audits (newest first) with their score; "Voir" shows one of them above. */
export function AuditHistory({ audits, selectedId, onSelect }: { audits: readonly SeoAuditSummary[]; selectedId: string | null; onSelect: (id: string) => void }) {
  if (audits.length === 0) return <Text size="small" className="text-ui-fg-subtle">{m.historyEmpty}</Text>
  return (
    <div className="flex flex-col gap-4">
      <ScoreChart audits={audits} />
      <Table data-testid="seo-audit-history">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{m.historyColumns.date}</Table.HeaderCell>
            <Table.HeaderCell>{m.historyColumns.status}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{m.historyColumns.score}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{m.historyColumns.pages}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {audits.map((audit) => (
            <Table.Row key={audit.id}>
              <Table.Cell>{formatDateTime(audit.started_at ?? audit.created_at)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={STATUS_COLOR[audit.status]}>{m.status[audit.status]}</StatusBadge>
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{audit.score ?? "—"}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{audit.page_count}</Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="transparent" disabled={audit.id === selectedId} onClick={() => onSelect(audit.id)}>
                  {audit.id === selectedId ? m.shown : m.show}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

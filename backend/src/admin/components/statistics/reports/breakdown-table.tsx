import type { BreakdownRow } from "@comptoir/analytics"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"

interface BreakdownTableProps {
  rows: readonly BreakdownRow[]
  /** Header of the first column (Appareil, Navigateur…). */
  keyHeader: string
  /** Readable name of a stored key (`mobile` → Mobile); the key itself otherwise. */
  labelOf?: (key: string) => string
}

/** Visits split by one characteristic (device, browser, system, search engine). */
export function BreakdownTable({ rows, keyHeader, labelOf = (key) => key }: BreakdownTableProps) {
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.key}
      empty={messages.table.noRows}
      columns={[
        textColumn<BreakdownRow>("key", keyHeader, (row) => labelOf(row.key)),
        indicatorColumn<BreakdownRow>("sessions", (row) => row.sessions),
        indicatorColumn<BreakdownRow>("visitors", (row) => row.visitors),
        indicatorColumn<BreakdownRow>("session_share", (row) => row.share),
      ]}
    />
  )
}

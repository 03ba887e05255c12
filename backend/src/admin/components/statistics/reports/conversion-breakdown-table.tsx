import type { ConversionBreakdownRow } from "@comptoir/analytics"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"

interface ConversionBreakdownTableProps {
  rows: readonly ConversionBreakdownRow[]
  keyHeader: string
}

/** Conversion rate by device or by channel. */
export function ConversionBreakdownTable({ rows, keyHeader }: ConversionBreakdownTableProps) {
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.key}
      empty={messages.table.noRows}
      columns={[
        textColumn<ConversionBreakdownRow>("label", keyHeader, (row) => row.label),
        indicatorColumn<ConversionBreakdownRow>("sessions", (row) => row.sessions),
        indicatorColumn<ConversionBreakdownRow>("orders", (row) => row.orders),
        indicatorColumn<ConversionBreakdownRow>("conversion_rate", (row) => row.conversion_rate),
      ]}
    />
  )
}

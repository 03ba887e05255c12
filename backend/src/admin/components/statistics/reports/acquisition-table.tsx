import type { AcquisitionRow } from "@comptoir/analytics"
import type { ReactNode } from "react"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"

interface AcquisitionTableProps {
  rows: readonly AcquisitionRow[]
  keyHeader: string
  currency: string
  renderLabel?: (row: AcquisitionRow) => ReactNode
}

/** Where visits came from, and what they bought. */
export function AcquisitionTable({ rows, keyHeader, currency, renderLabel = (row) => row.label }: AcquisitionTableProps) {
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.key}
      empty={messages.table.noRows}
      columns={[
        textColumn<AcquisitionRow>("label", keyHeader, renderLabel),
        indicatorColumn<AcquisitionRow>("sessions", (row) => row.sessions),
        indicatorColumn<AcquisitionRow>("visitors", (row) => row.visitors),
        indicatorColumn<AcquisitionRow>("orders", (row) => row.orders),
        indicatorColumn<AcquisitionRow>("acquisition_conversion_rate", (row) => row.conversion_rate),
        indicatorColumn<AcquisitionRow>("acquisition_revenue", (row) => row.revenue, currency),
      ]}
    />
  )
}

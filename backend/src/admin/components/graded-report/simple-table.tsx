import { Table, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { messages } from "../../lib/statistics/messages"

interface SimpleTableProps {
  headers: readonly string[]
  rows: readonly (readonly ReactNode[])[]
  /** Columns from this index on are numbers (right-aligned). */
  numericFrom?: number
  empty?: string
}

/** A plain table of already formatted cells: what the printed report is made of. */
export function SimpleTable({ headers, rows, numericFrom = 1, empty = messages.table.noRows }: SimpleTableProps) {
  if (rows.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {empty}
      </Text>
    )
  }
  const numeric = (index: number) => index >= numericFrom
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {headers.map((header, index) => (
            <Table.HeaderCell key={`${header}-${index}`} className={clx(numeric(index) && "text-right")}>
              {header}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row, rowIndex) => (
          <Table.Row key={rowIndex}>
            {row.map((cell, index) => (
              <Table.Cell key={index} className={clx(numeric(index) && "text-right tabular-nums")}>
                {cell}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

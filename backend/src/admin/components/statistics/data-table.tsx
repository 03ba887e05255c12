import { Table, Text, clx } from "@medusajs/ui"
import type { Column } from "../../lib/statistics/columns"
import { IndicatorHelp } from "./indicator-help"

interface DataTableProps<Row> {
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row, index: number) => string
  /** Said instead of the table when it has no row: what to do to get data. */
  empty: string
}

export function DataTable<Row>({ columns, rows, rowKey, empty }: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    )
  }
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.id} className={clx(column.numeric && "text-right")}>
                <span className={clx("inline-flex items-center gap-1", column.numeric && "justify-end")}>
                  {column.header}
                  {column.definition && <IndicatorHelp definition={column.definition} />}
                </span>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row, index) => (
            <Table.Row key={rowKey(row, index)}>
              {columns.map((column) => (
                <Table.Cell key={column.id} className={clx(column.numeric && "text-right tabular-nums")}>
                  {column.render(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

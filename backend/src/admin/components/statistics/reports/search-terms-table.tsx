import type { SearchTermRow } from "@comptoir/analytics"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"

interface SearchTermsTableProps {
  rows: readonly SearchTermRow[]
  empty: string
  /** Terms that found nothing: the count is of searches with no result, and there is no average. */
  zeroResults?: boolean
}

export function SearchTermsTable({ rows, empty, zeroResults = false }: SearchTermsTableProps) {
  const term = textColumn<SearchTermRow>("term", messages.products.term, (row) => row.term)
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.term}
      empty={empty}
      columns={
        zeroResults
          ? [term, indicatorColumn<SearchTermRow>("zero_result_searches", (row) => row.searches)]
          : [
              term,
              indicatorColumn<SearchTermRow>("searches", (row) => row.searches),
              indicatorColumn<SearchTermRow>("avg_results", (row) => row.avg_results),
            ]
      }
    />
  )
}

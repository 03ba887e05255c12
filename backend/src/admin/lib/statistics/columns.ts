import type { IndicatorDefinition, ReportIndicatorId } from "@comptoir/analytics"
import type { ReactNode } from "react"
import { formatIndicatorValue } from "./format"
import { indicator } from "./indicators"

/** A column of a report table. */
export interface Column<Row> {
  id: string
  header: string
  /** The indicator the column shows: its help appears beside the header. */
  definition?: IndicatorDefinition
  numeric?: boolean
  render: (row: Row) => ReactNode
}

/** A text column (page, product, source…). */
export function textColumn<Row>(id: string, header: string, render: (row: Row) => ReactNode): Column<Row> {
  return { id, header, render }
}

/** A number column named, explained and formatted by its indicator definition. */
export function indicatorColumn<Row>(
  id: ReportIndicatorId,
  value: (row: Row) => number | null,
  currency?: string,
): Column<Row> {
  const definition = indicator(id)
  return {
    id,
    header: definition.label_fr,
    definition,
    numeric: true,
    render: (row) => formatIndicatorValue(definition.unit, value(row), currency),
  }
}

/** A number column for a plain figure that has no indicator of its own (e.g. a count in a breakdown). */
export function numberColumn<Row>(
  id: string,
  header: string,
  unit: IndicatorDefinition["unit"],
  value: (row: Row) => number | null,
  currency?: string,
): Column<Row> {
  return { id, header, numeric: true, render: (row) => formatIndicatorValue(unit, value(row), currency) }
}

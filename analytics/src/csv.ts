/**
 * CSV as French spreadsheets read and write it: `;`-separated, UTF-8 with a byte order mark (so
 * Excel does not read the accents as Latin-1), fields quoted RFC 4180 style ("" inside quotes).
 */
export const CSV_SEPARATOR = ";"
export const UTF8_BOM = "\uFEFF"

/**
 * A spreadsheet runs a cell starting with one of these as a formula (CSV injection): such cells
 * get a leading `'`, except negative numbers ("-12,5"), which a spreadsheet only reads as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const NUMBER_START = /^-?\d/

/** One cell, protected against formulas and quoted where RFC 4180 needs it. */
export function csvCell(cell: string): string {
  const safe = FORMULA_START.test(cell) && !NUMBER_START.test(cell) ? `'${cell}` : cell
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The whole file: BOM, header, one line per row, CRLF line ends as RFC 4180 says. */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>): string {
  const line = (row: ReadonlyArray<string | null | undefined>) => row.map((cell) => csvCell(cell ?? "")).join(CSV_SEPARATOR)
  return UTF8_BOM + [header, ...rows].map(line).join("\r\n") + "\r\n"
}

/** Undoes `csvCell`'s protection of formula-like cells, so an export imports back unchanged. */
function unprotect(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) && !NUMBER_START.test(cell.slice(1)) ? cell.slice(1) : cell
}

export type CsvRecord = { line: number; cells: string[] }
export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string }

/**
 * Reads CSV text into records, each with the line it starts on (a quoted cell may span lines).
 * The separator is `;`, or `,` when the header has commas and no semicolons. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvParse {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text
  const firstLine = source.slice(0, source.search(/\r?\n|$/))
  const separator = !firstLine.includes(";") && firstLine.includes(",") ? "," : CSV_SEPARATOR
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ""
  let line = 1
  let recordLine = 1
  let quoted = false
  const endCell = () => {
    cells.push(unprotect(cell))
    cell = ""
  }
  const endRecord = () => {
    endCell()
    if (cells.length > 1 || cells[0] !== "") records.push({ line: recordLine, cells })
    cells = []
  }
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === "\n") line += 1
        cell += char
      }
    } else if (char === '"' && cell === "") {
      quoted = true
    } else if (char === '"') {
      return { ok: false, line, message: "a quote inside an unquoted cell: put the whole cell in quotes" }
    } else if (char === separator) {
      endCell()
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[index + 1] === "\n") index += 1
      endRecord()
      line += 1
      recordLine = line
    } else {
      cell += char
    }
  }
  if (quoted) return { ok: false, line: recordLine, message: "a quoted cell is never closed" }
  endRecord()
  return { ok: true, records }
}

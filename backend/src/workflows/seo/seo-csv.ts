import { SEO_EDITABLE_FIELDS, SEO_ENTITY_TYPES, type SeoEditableField, type SeoEntityType, type SeoFieldsDto, type SeoFieldsInput, seoFieldsSchema } from "../../modules/seo"
import { parseCsv, writeCsv } from "@comptoir/analytics"

/** Columns of the export; `handle` and `title` help whoever edits the file and are not imported. */
export const SEO_CSV_COLUMNS = ["entity_type", "entity_id", "handle", "title", ...SEO_EDITABLE_FIELDS] as const
const YES = new Set(["oui", "true", "1", "yes", "vrai"])
const NO = new Set(["non", "false", "0", "no", "faux", ""])

export type SeoCsvItem = { entity_type: SeoEntityType; id: string; handle: string; title: string; seo: SeoFieldsDto | null }

/** One line per item, in the order given; an item without SEO fields has empty cells. */
export function writeSeoCsv(items: SeoCsvItem[]): string {
  const rows = items.map((item) => {
    const seo = item.seo
    return [
      item.entity_type,
      item.id,
      item.handle,
      item.title,
      seo?.meta_title ?? "",
      seo?.meta_description ?? "",
      seo?.focus_keyword ?? "",
      seo?.canonical_url ?? "",
      seo?.noindex ? "oui" : "non",
      seo?.social_image_url ?? "",
      seo && Object.keys(seo.image_alts).length > 0 ? JSON.stringify(seo.image_alts) : "",
    ]
  })
  return writeCsv(SEO_CSV_COLUMNS, rows)
}

export type SeoImportRow = {
  line: number
  entity_type: SeoEntityType
  /** The item's id, or null when the line names it by handle only. */
  entity_id: string | null
  handle: string | null
  /** Only the columns the file has: a missing column leaves that field as it is. */
  fields: SeoFieldsInput
}
export type SeoImportError = { line: number; message: string }

/** A cell as the field's JSON value, before the shared validation. */
function cellValue(field: SeoEditableField, cell: string): unknown {
  const text = cell.trim()
  if (field === "noindex") {
    const lower = text.toLowerCase()
    return YES.has(lower) ? true : NO.has(lower) ? false : cell
  }
  if (field === "image_alts") {
    if (text === "") return {}
    try {
      return JSON.parse(text) as unknown
    } catch {
      return cell
    }
  }
  return cell
}

/** Every line of the file checked against the same rules as the admin form; all problems reported. */
export function readSeoCsv(text: string): { rows: SeoImportRow[]; errors: SeoImportError[] } {
  const parsed = parseCsv(text)
  if (!parsed.ok) return { rows: [], errors: [{ line: parsed.line, message: parsed.message }] }
  const [header, ...records] = parsed.records
  if (!header) return { rows: [], errors: [{ line: 1, message: "the file is empty" }] }
  const columns = header.cells.map((cell) => cell.trim())
  const unknown = columns.filter((column) => !(SEO_CSV_COLUMNS as readonly string[]).includes(column))
  const problems = [
    ...unknown.map((column) => `unknown column "${column}"`),
    ...(columns.includes("entity_type") ? [] : ["the entity_type column is missing"]),
    ...(columns.includes("entity_id") || columns.includes("handle") ? [] : ["an entity_id or handle column is needed"]),
  ]
  if (problems.length > 0) return { rows: [], errors: [{ line: header.line, message: problems.join("; ") }] }

  const rows: SeoImportRow[] = []
  const errors: SeoImportError[] = []
  for (const record of records) {
    const cell = (column: string) => record.cells[columns.indexOf(column)]?.trim() ?? ""
    const entityType = cell("entity_type") as SeoEntityType
    if (!SEO_ENTITY_TYPES.includes(entityType)) {
      errors.push({ line: record.line, message: `entity_type must be one of ${SEO_ENTITY_TYPES.join(", ")}` })
      continue
    }
    const raw = Object.fromEntries(
      SEO_EDITABLE_FIELDS.filter((field) => columns.includes(field)).map((field) => [field, cellValue(field, cell(field))])
    )
    const result = seoFieldsSchema.safeParse(raw)
    if (!result.success) {
      const message = result.error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ")
      errors.push({ line: record.line, message })
      continue
    }
    const id = cell("entity_id") || null
    const handle = columns.includes("handle") ? cell("handle") || null : null
    if (!id && !handle) {
      errors.push({ line: record.line, message: "entity_id (or handle) is empty" })
      continue
    }
    rows.push({ line: record.line, entity_type: entityType, entity_id: id, handle, fields: result.data as SeoFieldsInput })
  }
  return { rows, errors }
}

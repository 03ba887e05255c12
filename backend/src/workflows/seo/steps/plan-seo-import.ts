import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_ENTITY_TYPES, SEO_MODULE, type SeoEntityType, type SeoFieldsInput } from "../../../modules/seo"
import type SeoModuleService from "../../../modules/seo/service"
import { type CatalogueItem, readCatalogueItems } from "../catalogue-items"
import { readSeoCsv, type SeoImportError, type SeoImportRow } from "../seo-csv"
import { unknownImageIds } from "./find-catalogue-item"
import { editableValues } from "./upsert-seo-fields"

export type SeoWrite = { entity_type: SeoEntityType; entity_id: string; handle: string; fields: SeoFieldsInput }
export type SeoImportPlan = { errors: SeoImportError[]; writes: SeoWrite[]; unchanged: number }

const EMPTY: Required<SeoFieldsInput> = {
  meta_title: null,
  meta_description: null,
  focus_keyword: null,
  canonical_url: null,
  noindex: false,
  social_image_url: null,
  image_alts: {},
}

/** Objects compared whatever the order of their keys (image alts come back from JSONB reordered). */
function canonical(value: unknown): string {
  if (value && typeof value === "object") {
    return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))))
  }
  return JSON.stringify(value ?? null)
}

async function itemsOf(container: MedusaContainer, rows: SeoImportRow[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const byId = new Map<string, CatalogueItem>()
  const byHandle = new Map<string, CatalogueItem>()
  for (const type of SEO_ENTITY_TYPES) {
    const ofType = rows.filter((row) => row.entity_type === type)
    const ids = ofType.flatMap((row) => (row.entity_id ? [row.entity_id] : []))
    const handles = ofType.flatMap((row) => (!row.entity_id && row.handle ? [row.handle] : []))
    for (const item of await readCatalogueItems(query, type, { id: ids })) byId.set(`${type}:${item.id}`, item)
    for (const item of await readCatalogueItems(query, type, { handle: handles })) byHandle.set(`${type}:${item.handle}`, item)
  }
  return (row: SeoImportRow) =>
    row.entity_id ? byId.get(`${row.entity_type}:${row.entity_id}`) : byHandle.get(`${row.entity_type}:${row.handle}`)
}

/**
 * Reads and checks a whole CSV import before anything is written: every line's values, that its
 * item exists and appears once. Returns every problem found, and the lines that change something.
 */
export const planSeoImportStep = createStep("plan-seo-import", async (input: { csv: string }, { container }) => {
  const { rows, errors } = readSeoCsv(input.csv)
  const itemOf = await itemsOf(container, rows)
  const found: Array<{ row: SeoImportRow; item: CatalogueItem }> = []
  const seen = new Map<string, number>()
  for (const row of rows) {
    const item = itemOf(row)
    if (!item) {
      const by = row.entity_id ? `id "${row.entity_id}"` : `handle "${row.handle}"`
      errors.push({ line: row.line, message: `no ${row.entity_type} with ${by}` })
      continue
    }
    const key = `${row.entity_type}:${item.id}`
    const unknownImages = unknownImageIds(item, row.fields.image_alts)
    if (seen.has(key)) errors.push({ line: row.line, message: `this ${row.entity_type} is already on line ${seen.get(key)}` })
    else if (unknownImages.length > 0) errors.push({ line: row.line, message: `image_alts: not images of this product: ${unknownImages.join(", ")}` })
    else found.push({ row, item })
    seen.set(key, seen.get(key) ?? row.line)
  }

  const seo = container.resolve<SeoModuleService>(SEO_MODULE)
  const stored = found.length > 0 ? await seo.listSeoFields({ entity_id: found.map(({ item }) => item.id) }, { take: null }) : []
  const current = new Map(stored.map((record) => [`${record.entity_type}:${record.entity_id}`, editableValues(record)]))
  const writes: SeoWrite[] = []
  let unchanged = 0
  for (const { row, item } of found) {
    const before = { ...EMPTY, ...current.get(`${row.entity_type}:${item.id}`) }
    const changes = Object.entries(row.fields).some(([field, value]) => canonical(before[field as keyof SeoFieldsInput]) !== canonical(value))
    if (changes) writes.push({ entity_type: row.entity_type, entity_id: item.id, handle: item.handle, fields: row.fields })
    else unchanged += 1
  }
  errors.sort((a, b) => a.line - b.line)
  return new StepResponse<SeoImportPlan>({ errors, writes, unchanged })
})

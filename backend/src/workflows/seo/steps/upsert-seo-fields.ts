import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_EDITABLE_FIELDS, SEO_MODULE, type SeoEntityType, type SeoFieldsInput } from "../../../modules/seo"
import type SeoModuleService from "../../../modules/seo/service"

export type UpsertSeoFieldsStepInput = { entity_type: SeoEntityType; entity_id: string; fields: SeoFieldsInput }

type Undo = { id: string; previous: SeoFieldsInput | null }

/** The editable values of a stored record, to put back if the workflow fails later. */
export function editableValues(record: Record<string, unknown>): SeoFieldsInput {
  return Object.fromEntries(SEO_EDITABLE_FIELDS.map((field) => [field, record[field]])) as SeoFieldsInput
}

/**
 * Writes the item's SEO record: updates the given fields of the existing one, or creates it.
 * Undone by putting the previous values back, or by deleting the record it created.
 */
export const upsertSeoFieldsStep = createStep(
  "upsert-seo-fields",
  async (input: UpsertSeoFieldsStepInput, { container }) => {
    const seo = container.resolve<SeoModuleService>(SEO_MODULE)
    const [existing] = await seo.listSeoFields({ entity_type: input.entity_type, entity_id: input.entity_id })
    if (existing) {
      const record = await seo.updateSeoFields({ id: existing.id, ...input.fields })
      return new StepResponse({ record, created: false }, { id: existing.id, previous: editableValues(existing) } as Undo)
    }
    const record = await seo.createSeoFields({ entity_type: input.entity_type, entity_id: input.entity_id, ...input.fields })
    return new StepResponse({ record, created: true }, { id: record.id, previous: null } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const seo = container.resolve<SeoModuleService>(SEO_MODULE)
    if (undo.previous) await seo.updateSeoFields({ id: undo.id, ...undo.previous })
    else await seo.deleteSeoFields(undo.id)
  }
)

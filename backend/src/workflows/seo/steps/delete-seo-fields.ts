import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_MODULE, type SeoEntityType } from "../../../modules/seo"
import type SeoModuleService from "../../../modules/seo/service"
import { editableValues } from "./upsert-seo-fields"

type Deleted = { id: string; entity_type: SeoEntityType; entity_id: string; values: ReturnType<typeof editableValues> }

/** Deletes the item's SEO record; undone by creating it again with the same id and values. */
export const deleteSeoFieldsStep = createStep(
  "delete-seo-fields",
  async (input: { entity_type: SeoEntityType; entity_id: string }, { container }) => {
    const seo = container.resolve<SeoModuleService>(SEO_MODULE)
    const [existing] = await seo.listSeoFields({ entity_type: input.entity_type, entity_id: input.entity_id })
    if (!existing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No SEO fields are saved for ${input.entity_type} "${input.entity_id}"`)
    }
    await seo.deleteSeoFields(existing.id)
    const deleted: Deleted = { id: existing.id, entity_type: input.entity_type, entity_id: input.entity_id, values: editableValues(existing) }
    return new StepResponse({ id: existing.id }, deleted)
  },
  async (deleted: Deleted | undefined, { container }) => {
    if (!deleted) return
    const seo = container.resolve<SeoModuleService>(SEO_MODULE)
    await seo.createSeoFields({ id: deleted.id, entity_type: deleted.entity_type, entity_id: deleted.entity_id, ...deleted.values })
  }
)

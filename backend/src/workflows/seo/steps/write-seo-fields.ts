import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_MODULE, type SeoFieldsInput } from "../../../modules/seo"
import type SeoModuleService from "../../../modules/seo/service"
import type { SeoWrite } from "./plan-seo-import"
import { editableValues } from "./upsert-seo-fields"

type Undo = Array<{ id: string; previous: SeoFieldsInput | null }>

async function undoWrites(seo: SeoModuleService, undo: Undo) {
  for (const { id, previous } of [...undo].reverse()) {
    if (previous) await seo.updateSeoFields({ id, ...previous })
    else await seo.deleteSeoFields(id)
  }
}

/**
 * Writes many items' SEO records (the import). If one write fails, those already made are
 * undone before the error goes up; a later failure undoes them all through the compensation.
 */
export const writeSeoFieldsStep = createStep(
  "write-seo-fields",
  async (writes: SeoWrite[], { container }) => {
    const seo = container.resolve<SeoModuleService>(SEO_MODULE)
    const stored = await seo.listSeoFields({ entity_id: writes.map((write) => write.entity_id) }, { take: null })
    const existing = new Map(stored.map((record) => [`${record.entity_type}:${record.entity_id}`, record]))
    const undo: Undo = []
    const created: Array<{ entity_type: SeoWrite["entity_type"]; entity_id: string; id: string }> = []
    try {
      for (const write of writes) {
        const record = existing.get(`${write.entity_type}:${write.entity_id}`)
        if (record) {
          await seo.updateSeoFields({ id: record.id, ...write.fields })
          undo.push({ id: record.id, previous: editableValues(record) })
        } else {
          const made = await seo.createSeoFields({ entity_type: write.entity_type, entity_id: write.entity_id, ...write.fields })
          undo.push({ id: made.id, previous: null })
          created.push({ entity_type: write.entity_type, entity_id: write.entity_id, id: made.id })
        }
      }
    } catch (error) {
      await undoWrites(seo, undo)
      throw error
    }
    return new StepResponse({ created, written: writes.length }, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (undo) await undoWrites(container.resolve<SeoModuleService>(SEO_MODULE), undo)
  }
)

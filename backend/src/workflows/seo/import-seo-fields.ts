import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SeoEvents } from "../../modules/seo"
import { seoLink } from "./link-definition"
import { planSeoImportStep } from "./steps/plan-seo-import"
import { writeSeoFieldsStep } from "./steps/write-seo-fields"
import type { SeoFieldsEventData } from "./upsert-seo-fields"

export type ImportSeoFieldsResult = { updated: number; unchanged: number; errors: Array<{ line: number; message: string }> }

/**
 * Imports a CSV of SEO fields all or nothing: the whole file is checked first, and nothing is
 * written if any line is wrong; otherwise the changed lines are written and linked together,
 * each write undone if a later one fails.
 */
export const importSeoFieldsWorkflow = createWorkflow("import-seo-fields", (input: { csv: string }) => {
  const plan = planSeoImportStep(input)
  when({ plan }, ({ plan }) => plan.errors.length === 0 && plan.writes.length > 0).then(() => {
    const written = writeSeoFieldsStep(plan.writes)
    createRemoteLinkStep(transform({ written }, ({ written }) => written.created.map((made) => seoLink(made.entity_type, made.entity_id, made.id))))
    emitEventStep({
      eventName: SeoEvents.UPDATED,
      data: transform({ plan }, ({ plan }) =>
        plan.writes.map((write): SeoFieldsEventData => ({ entity_type: write.entity_type, entity_id: write.entity_id, handle: write.handle }))
      ),
    })
  })
  const result = transform({ plan }, ({ plan }): ImportSeoFieldsResult => ({
    updated: plan.errors.length === 0 ? plan.writes.length : 0,
    unchanged: plan.errors.length === 0 ? plan.unchanged : 0,
    errors: plan.errors,
  }))
  return new WorkflowResponse(result)
})

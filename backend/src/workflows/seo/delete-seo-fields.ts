import { dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SeoEvents, type SeoEntityType } from "../../modules/seo"
import { seoLink } from "./link-definition"
import { findCatalogueItemStep } from "./steps/find-catalogue-item"
import { deleteSeoFieldsStep } from "./steps/delete-seo-fields"
import type { SeoFieldsEventData } from "./upsert-seo-fields"

/** Removes an item's SEO fields and their link; the storefront falls back to the item's own texts. */
export const deleteSeoFieldsWorkflow = createWorkflow(
  "delete-seo-fields",
  (input: { entity_type: SeoEntityType; entity_id: string }) => {
    const item = findCatalogueItemStep(input)
    const deleted = deleteSeoFieldsStep(input)
    dismissRemoteLinkStep(transform({ input, deleted }, ({ input, deleted }) => [seoLink(input.entity_type, input.entity_id, deleted.id)]))
    emitEventStep({
      eventName: SeoEvents.DELETED,
      data: transform({ input, item }, ({ input, item }): SeoFieldsEventData => ({ entity_type: input.entity_type, entity_id: input.entity_id, handle: item.handle })),
    })
    return new WorkflowResponse(deleted)
  }
)

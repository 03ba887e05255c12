import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SeoEvents, type SeoEntityType, type SeoFieldsInput } from "../../modules/seo"
import { seoLink } from "./link-definition"
import { findCatalogueItemStep } from "./steps/find-catalogue-item"
import { upsertSeoFieldsStep } from "./steps/upsert-seo-fields"

export type UpsertSeoFieldsInput = { entity_type: SeoEntityType; entity_id: string; fields: SeoFieldsInput }
export type SeoFieldsEventData = { entity_type: SeoEntityType; entity_id: string; handle: string }

/**
 * Saves an item's SEO fields: checks the item, writes the record, links a new record to its item,
 * then announces the change (the storefront revalidates the item's pages). A failure at any step
 * undoes the previous ones. The `seoFieldsUpserted` hook runs inside the same rollback scope.
 */
export const upsertSeoFieldsWorkflow = createWorkflow("upsert-seo-fields", (input: UpsertSeoFieldsInput) => {
  const item = findCatalogueItemStep(input)
  const result = upsertSeoFieldsStep(input)
  when({ result }, ({ result }) => result.created).then(() => {
    createRemoteLinkStep(transform({ input, result }, ({ input, result }) => [seoLink(input.entity_type, input.entity_id, result.record.id)]))
  })
  const seoFieldsUpserted = createHook("seoFieldsUpserted", { seo: result.record, item })
  emitEventStep({
    eventName: SeoEvents.UPDATED,
    data: transform({ input, item }, ({ input, item }): SeoFieldsEventData => ({ entity_type: input.entity_type, entity_id: input.entity_id, handle: item.handle })),
  })
  return new WorkflowResponse(result.record, { hooks: [seoFieldsUpserted] })
})

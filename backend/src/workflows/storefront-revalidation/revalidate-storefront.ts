import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StorefrontCacheTag } from "../../modules/storefront-revalidation"
import { requestStorefrontRevalidationStep } from "./steps/request-storefront-revalidation"

export const revalidateStorefrontWorkflowId = "revalidate-storefront"

/** Refreshes the storefront's pages that show the given kinds of data. */
export const revalidateStorefrontWorkflow = createWorkflow(
  revalidateStorefrontWorkflowId,
  (input: { tags: StorefrontCacheTag[] }) => new WorkflowResponse(requestStorefrontRevalidationStep(input.tags))
)

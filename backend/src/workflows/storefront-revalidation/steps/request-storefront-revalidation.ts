import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOREFRONT_REVALIDATION_MODULE } from "../../../modules/storefront-revalidation"
import type StorefrontRevalidationModuleService from "../../../modules/storefront-revalidation/service"

export const requestStorefrontRevalidationStepId = "request-storefront-revalidation"

/**
 * Queues the storefront's cache tags for revalidation. Nothing to undo: dropping a cached
 * page is harmless (the next visit reads the backend again), and the request is sent later,
 * outside the workflow, so a storefront that is down cannot fail it.
 */
export const requestStorefrontRevalidationStep = createStep(
  requestStorefrontRevalidationStepId,
  async (tags: string[], { container }) => {
    const revalidation = container.resolve<StorefrontRevalidationModuleService | undefined>(
      STOREFRONT_REVALIDATION_MODULE,
      { allowUnregistered: true }
    )
    return new StepResponse({ queued: revalidation?.requestRevalidation(tags) ?? [] })
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPriceSetsStep, createVariantPricingLinkStep } from "@medusajs/medusa/core-flows"

export type VariantPricesInput = {
  variants: Array<{ variant_id: string; prices: Array<{ currency_code: string; amount: number }> }>
}

/**
 * Gives variants that have no price set one, as createProductVariantsWorkflow would have: a
 * `medusa exec seed` killed between a variant's creation and its pricing leaves such variants,
 * and Medusa's own update workflows only change a price set that exists. Each step undoes itself.
 */
export const createVariantPriceSetsWorkflow = createWorkflow(
  "comptoir-create-variant-price-sets",
  (input: VariantPricesInput) => {
    const priceSetsData = transform({ input }, ({ input }) => input.variants.map((variant) => ({ prices: variant.prices })))
    const priceSets = createPriceSetsStep(priceSetsData)
    const links = transform({ input, priceSets }, ({ input, priceSets }) => ({
      links: input.variants.map((variant, index) => ({ variant_id: variant.variant_id, price_set_id: priceSets[index]!.id })),
    }))
    createVariantPricingLinkStep(links)
    return new WorkflowResponse(priceSets)
  }
)

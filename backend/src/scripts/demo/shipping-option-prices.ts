import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createShippingOptionsPriceSetsStep, type CreateShippingOptionsPriceSetsStepInput } from "@medusajs/medusa/core-flows"

/**
 * Gives shipping options that have no price set one, as createShippingOptionsWorkflow would
 * have: a seed killed between an option's creation and its pricing leaves an option the checkout
 * cannot price, and Medusa's update workflow only changes a price set that exists.
 */
export const createShippingOptionPriceSetsWorkflow = createWorkflow(
  "comptoir-create-shipping-option-price-sets",
  (input: { options: CreateShippingOptionsPriceSetsStepInput }) => {
    const created = createShippingOptionsPriceSetsStep(input.options)
    const links = transform({ created }, ({ created }) =>
      created.map((item) => ({
        [Modules.FULFILLMENT]: { shipping_option_id: item.id },
        [Modules.PRICING]: { price_set_id: item.priceSetId },
      }))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(created)
  }
)

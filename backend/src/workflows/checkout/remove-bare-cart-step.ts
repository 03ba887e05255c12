import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RemoveBareCartInput = { cart_id: string; payment_collection_ids: string[] }

/**
 * Soft-deletes a cart that only stood for an undone order, with the payment collections written
 * for it (see undo-interrupted-checkout.ts, `cart_outcome: "delete"`). Idempotent, so a repair
 * re-run after a crash finds nothing left; undone by restoring both.
 */
export const removeBareCartStep = createStep(
  "comptoir-remove-bare-cart",
  async (input: RemoveBareCartInput, { container }) => {
    if (input.payment_collection_ids.length > 0) await container.resolve(Modules.PAYMENT).softDeletePaymentCollections(input.payment_collection_ids)
    await container.resolve(Modules.CART).softDeleteCarts([input.cart_id])
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input) return
    await container.resolve(Modules.CART).restoreCarts([input.cart_id])
    if (input.payment_collection_ids.length > 0) await container.resolve(Modules.PAYMENT).restorePaymentCollections(input.payment_collection_ids)
  }
)

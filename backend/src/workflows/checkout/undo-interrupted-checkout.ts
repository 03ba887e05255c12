import {
  acquireLockStep,
  deleteEntitiesStep,
  deleteReservationsByLineItemsStep,
  dismissRemoteLinkStep,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { returnPromotionUsageStep } from "../steps/return-promotion-usage"
import { claimUsageReturnStep } from "./claim-usage-return-step"
import { removeBareCartStep } from "./remove-bare-cart-step"
import { ORDER_PROMOTION_USAGE_FIELDS, type OrderPromotionUsage, usageToReturn } from "./promotion-usage"

export const undoInterruptedCheckoutWorkflowId = "comptoir-undo-interrupted-checkout"

export type UndoInterruptedCheckoutInput = {
  cart_id: string
  order_id: string
  /** The order's line items: Medusa reserved stock under these ids. */
  item_ids: string[]
  links: {
    cart: boolean
    payment_collection_ids: string[]
    promotion_ids: string[]
    /** The cart's own links, dismissed only when the cart is deleted (a reopened cart keeps them). */
    cart_payment_collection_ids?: string[]
    cart_promotion_ids?: string[]
  }
  /** Medusa had counted the promotion uses (see interrupted-checkouts.ts): they are given back. */
  return_usage: boolean
  /**
   * `reopen`: a cut checkout, whose cart is completed again into one order. `delete`: a
   * history order written in bulk (scripts/simulate/undo-unfinished.ts), whose bare cart and
   * authorised payment collections stood only for it and are removed with it. `keep`: a cut
   * checkout whose cart a later attempt completed into its own order; the cart stays as it is.
   * @default "reopen"
   */
  cart_outcome?: "reopen" | "delete" | "keep"
}

/**
 * Undoes what a cut cart completion wrote, as Medusa's own compensation would have had the
 * completion failed there: stock reservations deleted, promotion uses given back, links
 * dismissed, the cart open again, the order removed (soft-deleted, so it can still be looked at).
 * The cart can then be completed again, into one order, paid, with `order.placed` emitted.
 * Every step but the uses' return is idempotent; that one is guarded by claimUsageReturnStep.
 * With `cart_outcome: "delete"` the cart goes too, with its links and payment collections.
 *
 * Cancelling the order instead would emit `order.canceled` for an order never placed (recorded
 * in the analytics, and giving back promotion uses that may never have been counted); finishing
 * it would authorize a payment whose answer the customer never saw.
 */
export const undoInterruptedCheckoutWorkflow = createWorkflow(undoInterruptedCheckoutWorkflowId, (input: UndoInterruptedCheckoutInput) => {
  // Medusa's completion locks the cart under its id: the same key keeps a retry out meanwhile.
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_PROMOTION_USAGE_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  // Read before the claim marks the order: `usageToReturn` gives nothing for a marked one.
  const usage = transform({ orders }, ({ orders }) => usageToReturn(orders[0] as unknown as OrderPromotionUsage))
  const claimedUsage = when("claim-interrupted-usage-return", { input, usage }, ({ input, usage }) => input.return_usage && usage !== null).then(() => {
    const claimed = claimUsageReturnStep({ order_id: input.order_id })
    return transform({ claimed, usage }, ({ claimed, usage }) => (claimed ? usage : null))
  })
  const toReturn = transform({ claimedUsage }, ({ claimedUsage }) => claimedUsage ?? null)
  returnPromotionUsageStep(toReturn)
  deleteReservationsByLineItemsStep(input.item_ids)
  const links = transform({ input }, ({ input }) => {
    const order = { [Modules.ORDER]: { order_id: input.order_id } }
    const written: LinkDefinition[] = []
    if (input.links.cart) written.push({ ...order, [Modules.CART]: { cart_id: input.cart_id } })
    for (const id of input.links.payment_collection_ids) written.push({ ...order, [Modules.PAYMENT]: { payment_collection_id: id } })
    for (const id of input.links.promotion_ids) written.push({ ...order, [Modules.PROMOTION]: { promotion_id: id } })
    if (input.cart_outcome === "delete") {
      const cart = { [Modules.CART]: { cart_id: input.cart_id } }
      for (const id of input.links.cart_payment_collection_ids ?? []) written.push({ ...cart, [Modules.PAYMENT]: { payment_collection_id: id } })
      for (const id of input.links.cart_promotion_ids ?? []) written.push({ ...cart, [Modules.PROMOTION]: { promotion_id: id } })
    }
    return written
  })
  dismissRemoteLinkStep(links)
  when("reopen-interrupted-cart", { input }, ({ input }) => (input.cart_outcome ?? "reopen") === "reopen").then(() => {
    const reopen = transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: null }])
    updateCartsStep(reopen)
  })
  when("delete-bulk-cart", { input }, ({ input }) => input.cart_outcome === "delete").then(() => {
    const bareCart = transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      payment_collection_ids: [...new Set([...input.links.payment_collection_ids, ...(input.links.cart_payment_collection_ids ?? [])])],
    }))
    removeBareCartStep(bareCart)
  })
  const orderIds = transform({ input }, ({ input }) => [input.order_id])
  deleteEntitiesStep({ moduleRegistrationName: Modules.ORDER, invokeMethod: "softDeleteOrders", compensateMethod: "restoreOrders", data: orderIds })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse({ order_id: input.order_id })
})

import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimCheckoutRecoveryStep } from "./claim-checkout-recovery-step"

export const finishInterruptedCheckoutWorkflowId = "comptoir-finish-interrupted-checkout"

/**
 * A completion cut after the payment was authorized has written everything Medusa writes before
 * it (links, completed cart, reservations, promotion uses): the order is placed and paid, only
 * `order.placed` was never emitted (Medusa holds a workflow's events until it ends). Emitting it
 * now records the sale (analytics, notifications). Once: the cart's lock (the key Medusa's
 * completion and the undo use) serialises the repairs of this process, and the conditional claim
 * those of two processes; `claimed` is false for the one that found it done.
 */
export const finishInterruptedCheckoutWorkflow = createWorkflow(finishInterruptedCheckoutWorkflowId, (input: { order_id: string; cart_id: string }) => {
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
  const claimed = claimCheckoutRecoveryStep({ order_id: input.order_id })
  when("emit-recovered-order-placed", { claimed }, ({ claimed }) => claimed).then(() => {
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: input.order_id } })
  })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse({ order_id: input.order_id, claimed })
})

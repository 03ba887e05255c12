import { emitEventStep, updateOrdersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_RECOVERED_KEY } from "./interrupted-checkouts"

export const finishInterruptedCheckoutWorkflowId = "comptoir-finish-interrupted-checkout"

/**
 * A completion cut after the payment was authorized has written everything Medusa writes before
 * it (links, completed cart, reservations, promotion uses): the order is placed and paid, only
 * `order.placed` was never emitted (Medusa holds a workflow's events until it ends). Emitting it
 * now records the sale (analytics, notifications); the mark keeps a later run from emitting it again.
 */
export const finishInterruptedCheckoutWorkflow = createWorkflow(finishInterruptedCheckoutWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const mark = transform({ orders }, ({ orders }) => {
    const order = orders[0] as { id: string; metadata?: Record<string, unknown> | null }
    return { selector: { id: order.id }, update: { metadata: { ...(order.metadata ?? {}), [CHECKOUT_RECOVERED_KEY]: new Date().toISOString() } } }
  })
  updateOrdersStep(mark)
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: input.order_id } })
  return new WorkflowResponse({ order_id: input.order_id })
})

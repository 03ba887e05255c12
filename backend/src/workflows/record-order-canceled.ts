import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_SNAPSHOT_FIELDS, type OrderSnapshot, orderCanceledEvent } from "./order-events/build-order-events"
import { forwardServerEventsStep } from "./steps/forward-server-events"
import { storeServerEventsStep } from "./steps/store-server-events"

export const recordOrderCanceledWorkflowId = "record-order-canceled"

/**
 * Stores `order_canceled`, so revenue read from events can be corrected. The refunds Medusa
 * makes while canceling emit no `payment.refunded`: the cancellation itself says the order's
 * total is void.
 */
export const recordOrderCanceledWorkflow = createWorkflow(recordOrderCanceledWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_SNAPSHOT_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const events = transform({ orders }, ({ orders }) => [orderCanceledEvent(orders[0] as unknown as OrderSnapshot)])
  const stored = storeServerEventsStep(events)
  forwardServerEventsStep(events)
  return new WorkflowResponse(stored)
})

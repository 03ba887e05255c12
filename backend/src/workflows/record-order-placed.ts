import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_SNAPSHOT_FIELDS, type OrderSnapshot, orderPlacedEvent } from "./order-events/build-order-events"
import { forwardServerEventsStep } from "./steps/forward-server-events"
import { storeServerEventsStep } from "./steps/store-server-events"

export const recordOrderPlacedWorkflowId = "record-order-placed"

/** Stores the `order_placed` event of an order, attributed to the visit that produced it. */
export const recordOrderPlacedWorkflow = createWorkflow(recordOrderPlacedWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_SNAPSHOT_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const events = transform({ orders }, ({ orders }) => [orderPlacedEvent(orders[0] as unknown as OrderSnapshot)])
  const stored = storeServerEventsStep(events)
  forwardServerEventsStep(events)
  return new WorkflowResponse(stored)
})

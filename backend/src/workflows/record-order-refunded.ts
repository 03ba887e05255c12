import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_SNAPSHOT_FIELDS, type PaymentSnapshot, orderRefundedEvents } from "./order-events/build-order-events"
import { forwardServerEventsStep } from "./steps/forward-server-events"
import { storeServerEventsStep } from "./steps/store-server-events"

export const recordOrderRefundedWorkflowId = "record-order-refunded"

/** Stores one `order_refunded` per refund of a payment (Medusa's `payment.refunded` event). */
export const recordOrderRefundedWorkflow = createWorkflow(recordOrderRefundedWorkflowId, (input: { payment_id: string }) => {
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: PAYMENT_SNAPSHOT_FIELDS,
    filters: { id: input.payment_id },
    options: { throwIfKeyNotFound: true },
  })
  const events = transform({ payments }, ({ payments }) => orderRefundedEvents(payments[0] as unknown as PaymentSnapshot))
  const stored = storeServerEventsStep(events)
  forwardServerEventsStep(events)
  return new WorkflowResponse(stored)
})

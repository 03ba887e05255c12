import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderCanceledWorkflow } from "../workflows/record-order-canceled"

export default async function orderCanceledHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderCanceledWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }

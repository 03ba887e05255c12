import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderPlacedWorkflow } from "../workflows/record-order-placed"

export default async function orderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderPlacedWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { returnPromotionUsageWorkflow } from "../workflows/return-promotion-usage"

export default async function givePromotionUsageBack({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await returnPromotionUsageWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED, context: { subscriberId: "comptoir-promotion-usage-return" } }

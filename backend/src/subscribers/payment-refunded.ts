import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordOrderRefundedWorkflow } from "../workflows/record-order-refunded"

export default async function paymentRefundedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderRefundedWorkflow(container).run({ input: { payment_id: data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }

import { acquireLockStep, releaseLockStep, updateOrdersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  ORDER_PROMOTION_USAGE_FIELDS,
  PROMOTION_USAGE_RETURNED_KEY,
  type OrderPromotionUsage,
  usageToReturn,
} from "./checkout/promotion-usage"
import { returnPromotionUsageStep } from "./steps/return-promotion-usage"

export const returnPromotionUsageWorkflowId = "comptoir-return-promotion-usage"

/**
 * A canceled order gives its promotion uses back, once: Medusa counts a use when the cart is
 * completed and never gives it back. The lock and the mark on the order make a second delivery
 * of `order.canceled` (Medusa delivers at least once) a no-op.
 */
export const returnPromotionUsageWorkflow = createWorkflow(returnPromotionUsageWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `comptoir:promotion-usage-return:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_PROMOTION_USAGE_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const usage = transform({ orders }, ({ orders }) => usageToReturn(orders[0] as unknown as OrderPromotionUsage))
  const returned = returnPromotionUsageStep(usage)
  when("mark-promotion-usage-returned", { usage }, ({ usage }) => usage !== null).then(() => {
    const update = transform({ orders }, ({ orders }) => {
      const order = orders[0] as unknown as OrderPromotionUsage
      return {
        selector: { id: order.id },
        update: { metadata: { ...(order.metadata ?? {}), [PROMOTION_USAGE_RETURNED_KEY]: new Date().toISOString() } },
      }
    })
    updateOrdersStep(update)
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(returned)
})

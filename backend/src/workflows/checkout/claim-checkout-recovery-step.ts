import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Db } from "./db"
import { CHECKOUT_RECOVERED_KEY } from "./interrupted-checkouts"

/**
 * Marks a cut checkout's paid order as finished, in one conditional UPDATE that merges the key
 * into the metadata as it is in the row (a change made meanwhile is kept), and answers whether
 * this call set it. The backend's job and `npm run simulate` (another process, which the lock
 * does not reach) can both finish the same order: only the one that sets the mark emits
 * `order.placed`. Undone by removing the mark it set, so a failed emission is tried again.
 */
export const claimCheckoutRecoveryStep = createStep(
  "comptoir-claim-checkout-recovery",
  async (input: { order_id: string }, { container }) => {
    const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await db.raw(
      `UPDATE "order" SET metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object(?::text, ?::text), updated_at = now()
        WHERE id = ? AND deleted_at IS NULL AND metadata->>?::text IS NULL RETURNING id`,
      [CHECKOUT_RECOVERED_KEY, new Date().toISOString(), input.order_id, CHECKOUT_RECOVERED_KEY]
    )
    const claimed = rows.length === 1
    return new StepResponse(claimed, claimed ? input.order_id : null)
  },
  async (orderId, { container }) => {
    if (!orderId) return
    const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
    await db.raw(`UPDATE "order" SET metadata = metadata - ?::text WHERE id = ?`, [CHECKOUT_RECOVERED_KEY, orderId])
  }
)

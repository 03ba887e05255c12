import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Db } from "./db"
import { PROMOTION_USAGE_RETURNED_KEY } from "./promotion-usage"

/**
 * Marks the order's promotion uses as given back, in one conditional UPDATE, and answers whether
 * this call set the mark. Two repairs of the same order (the backend's job and `npm run
 * simulate`, or a repair re-run after a crash) can both reach this point: only the one that sets
 * the mark gives the uses back, so they go back once. Marked before they go back, a crash in
 * between loses the return rather than doubling it. The order module has no conditional update,
 * hence the SQL; undone by removing the mark it set.
 */
export const claimUsageReturnStep = createStep(
  "comptoir-claim-usage-return",
  async (input: { order_id: string }, { container }) => {
    const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await db.raw(
      `UPDATE "order" SET metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object(?::text, ?::text), updated_at = now()
        WHERE id = ? AND deleted_at IS NULL AND metadata->>?::text IS NULL RETURNING id`,
      [PROMOTION_USAGE_RETURNED_KEY, new Date().toISOString(), input.order_id, PROMOTION_USAGE_RETURNED_KEY]
    )
    const claimed = rows.length === 1
    return new StepResponse(claimed, claimed ? input.order_id : null)
  },
  async (orderId, { container }) => {
    if (!orderId) return
    const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
    await db.raw(`UPDATE "order" SET metadata = metadata - ?::text WHERE id = ?`, [PROMOTION_USAGE_RETURNED_KEY, orderId])
  }
)

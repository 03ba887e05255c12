import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findInterruptedCheckouts, type FindOptions, type InterruptedCheckout } from "./interrupted-checkouts"
import { finishInterruptedCheckoutWorkflow } from "./finish-interrupted-checkout"
import { undoInterruptedCheckoutWorkflow } from "./undo-interrupted-checkout"

/**
 * Longer than any completion runs (Medusa's cart lock lasts 2 minutes), so a checkout still
 * running in this backend or in another process (`npm run simulate`) is never taken for a cut one.
 */
export const INTERRUPTED_CHECKOUT_GRACE_MS = 3 * 60_000

export type RepairReport = { undone: string[]; finished: string[]; leftAlone: string[] }

/**
 * Repairs the cart completions a kill cut short (see interrupted-checkouts.ts): a paid order is
 * finished, any other is undone so that its cart can be completed again into exactly one order.
 * Idempotent: an undone order is gone and a finished one marked, so a second run does nothing.
 */
export async function repairInterruptedCheckouts(
  container: MedusaContainer,
  options: Partial<FindOptions> = {}
): Promise<RepairReport> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report: RepairReport = { undone: [], finished: [], leftAlone: [] }
  const checkouts = await findInterruptedCheckouts(container, { olderThanMs: INTERRUPTED_CHECKOUT_GRACE_MS, ...options })
  for (const { cartId, order } of checkouts) {
    // Cut before the order was written, or already repaired: the cart is as it was.
    if (!order || order.recovered) continue
    try {
      const outcome = await repairOne(container, cartId, order)
      report[outcome].push(order.id)
    } catch (error) {
      // One cart's failure must not keep the others unrepaired; the next run tries it again.
      logger.error(`Interrupted checkout of cart ${cartId}: repairing order ${order.id} failed: ${error instanceof Error ? error.message : String(error)}`)
      report.leftAlone.push(order.id)
    }
  }
  if (report.undone.length + report.finished.length > 0) {
    logger.info(
      `Interrupted checkouts repaired: ${report.undone.length} order(s) undone (their carts can be completed again), ` +
        `${report.finished.length} paid order(s) finished`
    )
  }
  return report
}

async function repairOne(container: MedusaContainer, cartId: string, order: NonNullable<InterruptedCheckout["order"]>): Promise<keyof RepairReport> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (order.paid) {
    if (!order.linked.cart) {
      // Paid yet unlinked cannot come from Medusa's step order: an administrator decides.
      logger.warn(`Interrupted checkout of cart ${cartId}: order ${order.id} is paid but not linked to its cart, left as it is`)
      return "leftAlone"
    }
    await finishInterruptedCheckoutWorkflow(container).run({ input: { order_id: order.id } })
    return "finished"
  }
  if (order.usage === "unknown") {
    logger.warn(
      `Interrupted checkout of cart ${cartId}: cannot tell whether order ${order.id} counted its promotion uses; ` +
        "the order is undone and its promotions' usage counters are left as they are"
    )
  }
  await undoInterruptedCheckoutWorkflow(container).run({
    input: {
      cart_id: cartId,
      order_id: order.id,
      item_ids: order.itemIds,
      links: { cart: order.linked.cart, payment_collection_ids: order.linked.paymentCollectionIds, promotion_ids: order.linked.promotionIds },
      return_usage: order.usage === "registered",
    },
  })
  return "undone"
}

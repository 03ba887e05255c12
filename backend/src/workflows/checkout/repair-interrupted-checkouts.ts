import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { closeInterruptedExecution, findInterruptedCheckouts, type FindOptions, type InterruptedCheckout } from "./interrupted-checkouts"
import { finishInterruptedCheckoutWorkflow } from "./finish-interrupted-checkout"
import { undoInterruptedCheckoutWorkflow } from "./undo-interrupted-checkout"

/**
 * Longer than any completion runs (Medusa's cart lock lasts 2 minutes), so a checkout still
 * running in this backend or in another process (`npm run simulate`) is never taken for a cut one.
 */
export const INTERRUPTED_CHECKOUT_GRACE_MS = 3 * 60_000

export type RepairReport = { undone: string[]; finished: string[]; leftAlone: string[] }

type Outcome = { report: keyof RepairReport | null; execution: "reverted" | "done" | "failed" | null }

/**
 * Repairs the cart completions a kill cut short (see interrupted-checkouts.ts): a paid order is
 * finished, an order a later attempt confirmed to the customer is left to an administrator, any
 * other is undone so that its cart can be completed again into exactly one order. Each handled
 * execution is closed, so a second run finds nothing and a warning is written once.
 */
export async function repairInterruptedCheckouts(
  container: MedusaContainer,
  options: Partial<FindOptions> = {}
): Promise<RepairReport> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report: RepairReport = { undone: [], finished: [], leftAlone: [] }
  const checkouts = await findInterruptedCheckouts(container, { olderThanMs: INTERRUPTED_CHECKOUT_GRACE_MS, ...options })
  for (const checkout of checkouts) {
    try {
      const outcome = await repairOne(container, checkout)
      // Closed only once handled: a failed repair stays open, and the next run tries it again.
      if (outcome.execution) await closeInterruptedExecution(container, checkout.executionId, outcome.execution)
      if (outcome.report && checkout.order) report[outcome.report].push(checkout.order.id)
    } catch (error) {
      // One cart's failure must not keep the others unrepaired; the next run tries it again.
      logger.error(
        `Interrupted checkout of cart ${checkout.cartId}: repairing order ${checkout.order?.id} failed: ${error instanceof Error ? error.message : String(error)}`
      )
      if (checkout.order) report.leftAlone.push(checkout.order.id)
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

async function repairOne(container: MedusaContainer, { cartId, order, completedLater }: InterruptedCheckout): Promise<Outcome> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Cut before the order was written: the cart is as it was.
  if (!order) return { report: null, execution: "reverted" }
  // Finished by an earlier run (or by `npm run simulate`) that was cut before closing the execution.
  if (order.recovered) return { report: null, execution: "done" }
  if (order.paid) {
    if (!order.linked.cart) {
      // Paid yet unlinked cannot come from Medusa's step order: an administrator decides.
      logger.warn(`Interrupted checkout of cart ${cartId}: order ${order.id} is paid but not linked to its cart, left as it is`)
      return { report: "leftAlone", execution: "failed" }
    }
    const { result } = await finishInterruptedCheckoutWorkflow(container).run({ input: { order_id: order.id, cart_id: cartId } })
    return { report: result.claimed ? "finished" : null, execution: "done" }
  }
  if (completedLater && order.linked.cart) {
    // The customer clicked again before this run: Medusa's completion found the link, skipped
    // every step and returned this order, which the storefront confirmed. Undoing it would make
    // that confirmation false; finishing it would need the payment authorized and the stock
    // reserved without the customer, which Medusa's steps cannot be re-run to do. Kept, for an
    // administrator to capture the payment by hand or cancel it (cancelling gives stock and uses back).
    logger.warn(
      `Interrupted checkout of cart ${cartId}: order ${order.id} was confirmed to the customer by a later completion ` +
        "while unpaid (its stock may not be reserved); left as it is for an administrator to settle or cancel"
    )
    return { report: "leftAlone", execution: "failed" }
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
      // A later attempt completed the cart into its own order: this orphan goes, the cart stays completed.
      cart_outcome: completedLater ? "keep" : "reopen",
    },
  })
  return { report: "undone", execution: "reverted" }
}

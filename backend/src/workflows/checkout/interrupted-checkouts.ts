import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import type { Db } from "./db"
import { promotionCountersOf } from "./promotion-counters"
import { PROMOTION_USAGE_RETURNED_KEY } from "./promotion-usage"

/**
 * What a SIGKILL inside Medusa's `completeCartWorkflow` (core-flows cart/workflows/complete-cart)
 * leaves behind, and how it is found again.
 *
 * The workflow runs its steps in this order, each writing in its own transaction:
 *   1. lock, read the `order_cart` link and the cart, validate (our stock hook);
 *   2. `createOrdersStep`: the order row, its items, adjustments (copied from the cart's) and
 *      the cart's metadata;
 *   3. side by side: the order↔cart, order↔promotion and order↔payment-collection links, the
 *      cart's `completed_at`, the stock reservations, the promotion uses (`registerUsage`), and
 *      `order.placed` (held until the workflow ends, so a kill means it is never emitted);
 *   4. the payment session's authorization, then the order's capture transactions.
 * A kill after 2 leaves an order with any subset of 3, no payment, and no `order.placed`; once
 * the cart link is written, completing the cart again returns that order as it is (Medusa skips
 * every step when the link exists). A kill after 4 leaves a placed, paid order that only misses
 * its `order.placed` event.
 *
 * Medusa persists the workflow's execution (`store: true`) when it starts, with the cart id as
 * input, and again when it ends: a `complete-cart` execution still unfinished after the grace
 * period names a cart whose completion was cut. Its order is the cart's linked one, or, without a
 * link, the only order created during that attempt that copies the cart exactly (email, region,
 * channel, customer, metadata, variants and quantities) and belongs to no cart. Draft orders and
 * orders made by an administrator have no completion attempt to match, so they are never chosen.
 *
 * A customer who clicks again before the repair runs starts a new execution. Once the cart link is
 * written, that one skips every step and ends `done` returning the half-written order, which the
 * storefront then confirms: such an order is the customer's, never undone (`completedLater`).
 *
 * A repaired execution is closed (closeInterruptedExecution): it is not found again.
 */

/** Whether the interrupted checkout had counted its promotion uses. */
export type UsageRegistration = "none" | "registered" | "not_registered" | "unknown"

export type InterruptedCheckout = {
  /** The cut `workflow_execution` row. */
  executionId: string
  cartId: string
  /** The attempt's start: the execution row Medusa wrote when the completion began. */
  startedAt: Date
  /** A later completion of the cart ended `done`: the cart is completed, its order confirmed to the customer. */
  completedLater: boolean
  order: null | {
    id: string
    itemIds: string[]
    /** The links step 3 wrote, to be dismissed when the order is undone. */
    linked: { cart: boolean; paymentCollectionIds: string[]; promotionIds: string[] }
    /** The payment was authorized: the kill came after every write but the last ones. */
    paid: boolean
    /** Already dealt with by an earlier repair (order.placed emitted). */
    recovered: boolean
    usage: UsageRegistration
  }
}

/** Set on an order whose interrupted checkout was finished: a later run leaves it alone. */
export const CHECKOUT_RECOVERED_KEY = "comptoir_checkout_recovered_at"

/** How far apart a completion attempt and the order it creates can be, when no later attempt bounds it. */
const ATTEMPT_WINDOW = "10 minutes"

export type FindOptions = {
  /** Executions younger than this may still be running (in this process or another one). */
  olderThanMs: number
  /** Only carts carrying this metadata key (the simulator's own carts). */
  cartMetadataKey?: string
}

export async function findInterruptedCheckouts(container: MedusaContainer, options: FindOptions): Promise<InterruptedCheckout[]> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT we.id AS execution_id, c.id AS cart_id, we.created_at AS started_at, we.state,
            (SELECT min(n.created_at) FROM workflow_execution n
              WHERE n.workflow_id = we.workflow_id AND n.context->'data'->'payload'->>'id' = c.id AND n.created_at > we.created_at) AS next_attempt_at,
            EXISTS (SELECT 1 FROM workflow_execution n
              WHERE n.workflow_id = we.workflow_id AND n.context->'data'->'payload'->>'id' = c.id AND n.created_at > we.created_at
                AND n.state = 'done') AS completed_later
       FROM workflow_execution we
       JOIN cart c ON c.id = we.context->'data'->'payload'->>'id' AND c.deleted_at IS NULL
      WHERE we.workflow_id = ? AND we.deleted_at IS NULL AND we.state NOT IN ('done', 'reverted', 'failed')
        AND we.created_at < now() - make_interval(secs => ?::double precision / 1000)
        AND (?::text IS NULL OR c.metadata->>?::text IS NOT NULL)
      ORDER BY we.created_at`,
    [completeCartWorkflowId, options.olderThanMs, options.cartMetadataKey ?? null, options.cartMetadataKey ?? ""]
  )
  const found: InterruptedCheckout[] = []
  type Row = { execution_id: string; cart_id: string; started_at: Date; state: string; next_attempt_at: Date | null; completed_later: boolean }
  for (const row of rows as Row[]) {
    const attempt = { cartId: row.cart_id, startedAt: row.started_at, nextAttemptAt: row.next_attempt_at }
    const orderId = (await linkedOrder(db, attempt)) ?? (await orphanOrder(db, attempt))
    // Killed while compensating a failure: its own `revertUsage` may have run, the counters tell nothing.
    const compensating = !["not_started", "invoking"].includes(row.state)
    found.push({
      executionId: row.execution_id,
      cartId: row.cart_id,
      startedAt: row.started_at,
      completedLater: row.completed_later,
      order: orderId ? await describeOrder(db, row.cart_id, orderId, compensating) : null,
    })
  }
  return found
}

/** complete-cart's own retention (core-flows cart/workflows/complete-cart), in seconds. */
const COMPLETE_CART_RETENTION_S = 60 * 60 * 24 * 3

/**
 * Marks a cut execution as dealt with, so the next run does not find it again: `reverted` once
 * its order is undone (or it wrote none), `done` once finished, `failed` when left to an
 * administrator (warned once). Safe for Medusa: the row's transaction id belongs to that one
 * cut run (the Store API starts each completion under a new one), so no engine reads it again,
 * and with the workflow's retention time set, Medusa's own clean-up removes it after three days
 * like any finished execution. Conditional, so of two concurrent repairs only one closes it.
 */
export async function closeInterruptedExecution(container: MedusaContainer, executionId: string, state: "reverted" | "done" | "failed"): Promise<boolean> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `UPDATE workflow_execution SET state = ?, retention_time = coalesce(retention_time, ?), updated_at = now()
      WHERE id = ? AND state NOT IN ('done', 'reverted', 'failed') RETURNING id`,
    [state, COMPLETE_CART_RETENTION_S, executionId]
  )
  return rows.length === 1
}

type Attempt = { cartId: string; startedAt: Date; nextAttemptAt: Date | null }

/** Orders created during the attempt: after it began, before the next attempt on the cart. */
const DURING_ATTEMPT = `o.created_at >= ? AND o.created_at < coalesce(?::timestamptz, ?::timestamptz + interval '${ATTEMPT_WINDOW}')`
const attemptBounds = (attempt: Attempt) => [attempt.startedAt, attempt.nextAttemptAt, attempt.startedAt]

/** The cart's linked order, if this attempt created it (a later, finished attempt may have). */
async function linkedOrder(db: Db, attempt: Attempt): Promise<string | null> {
  const { rows } = await db.raw(
    `SELECT o.id FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL
      WHERE oc.cart_id = ? AND oc.deleted_at IS NULL AND ${DURING_ATTEMPT}`,
    [attempt.cartId, ...attemptBounds(attempt)]
  )
  return (rows[0] as { id: string } | undefined)?.id ?? null
}

/** A line per variant and quantity, sorted: the same text for the cart and the order it became. */
const ORDER_LINES = `(SELECT string_agg(li.variant_id || ':' || oi.quantity::numeric::int, ',' ORDER BY li.variant_id, oi.quantity)
    FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
   WHERE oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL)`
const CART_LINES = `(SELECT string_agg(cli.variant_id || ':' || cli.quantity::numeric::int, ',' ORDER BY cli.variant_id, cli.quantity)
    FROM cart_line_item cli WHERE cli.cart_id = c.id AND cli.deleted_at IS NULL)`

/**
 * The order a cut attempt created before it could link it to its cart; none when two could be it.
 * Its metadata is the cart's, but for the mark a repair cut short may have set (claimUsageReturnStep).
 */
async function orphanOrder(db: Db, attempt: Attempt): Promise<string | null> {
  const { rows } = await db.raw(
    `SELECT o.id FROM cart c JOIN "order" o
         ON o.deleted_at IS NULL AND o.is_draft_order = false
        AND ${DURING_ATTEMPT}
        AND o.email IS NOT DISTINCT FROM c.email AND o.currency_code = c.currency_code
        AND o.region_id IS NOT DISTINCT FROM c.region_id AND o.sales_channel_id IS NOT DISTINCT FROM c.sales_channel_id
        AND o.customer_id IS NOT DISTINCT FROM c.customer_id
        AND coalesce(o.metadata, '{}'::jsonb) - ?::text = coalesce(c.metadata, '{}'::jsonb)
      WHERE c.id = ?
        AND NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL)
        AND ${ORDER_LINES} IS NOT DISTINCT FROM ${CART_LINES}`,
    [...attemptBounds(attempt), PROMOTION_USAGE_RETURNED_KEY, attempt.cartId]
  )
  return rows.length === 1 ? (rows[0] as { id: string }).id : null
}

/** The promotion codes an order's adjustments carry (as Medusa's `registerUsage` received them). */
const ORDER_CODES = `(SELECT a.code FROM order_item oi JOIN order_line_item_adjustment a ON a.item_id = oi.item_id AND a.deleted_at IS NULL
     WHERE oi.order_id = %ORDER% AND oi.deleted_at IS NULL AND a.code IS NOT NULL
   UNION SELECT a.code FROM order_shipping os JOIN order_shipping_method_adjustment a ON a.shipping_method_id = os.shipping_method_id AND a.deleted_at IS NULL
     WHERE os.order_id = %ORDER% AND os.deleted_at IS NULL AND a.code IS NOT NULL)`
const codesOf = (orderColumn: string) => ORDER_CODES.replaceAll("%ORDER%", orderColumn)

async function describeOrder(db: Db, cartId: string, orderId: string, compensating: boolean): Promise<NonNullable<InterruptedCheckout["order"]>> {
  const { rows } = await db.raw(
    `SELECT o.created_at,
            o.metadata->>?::text IS NOT NULL AS recovered,
            array(SELECT oi.item_id FROM order_item oi WHERE oi.order_id = o.id AND oi.deleted_at IS NULL) AS item_ids,
            EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.cart_id = ? AND oc.deleted_at IS NULL) AS cart_linked,
            array(SELECT op.payment_collection_id FROM order_payment_collection op WHERE op.order_id = o.id AND op.deleted_at IS NULL) AS payment_collection_ids,
            array(SELECT opr.promotion_id FROM order_promotion opr WHERE opr.order_id = o.id AND opr.deleted_at IS NULL) AS promotion_ids,
            EXISTS (SELECT 1 FROM cart_payment_collection cp JOIN payment p ON p.payment_collection_id = cp.payment_collection_id AND p.deleted_at IS NULL
                     WHERE cp.cart_id = ? AND cp.deleted_at IS NULL) AS paid
       FROM "order" o WHERE o.id = ?`,
    [CHECKOUT_RECOVERED_KEY, cartId, cartId, orderId]
  )
  const order = rows[0] as {
    created_at: Date
    recovered: boolean
    item_ids: string[]
    cart_linked: boolean
    payment_collection_ids: string[]
    promotion_ids: string[]
    paid: boolean
  }
  return {
    id: orderId,
    itemIds: order.item_ids,
    linked: { cart: order.cart_linked, paymentCollectionIds: order.payment_collection_ids, promotionIds: order.promotion_ids },
    paid: order.paid,
    recovered: order.recovered,
    usage: compensating ? "unknown" : await usageRegistration(db, orderId, order.created_at),
  }
}

/**
 * Whether `registerUsage` ran for this order. Medusa keeps only counters (a promotion's `used`
 * when it has a limit, its campaign budget's `used`), written in one transaction after the order
 * row: if none was written since the order was created, the use was not counted; if all were,
 * and no later order used these codes (checkouts of one promotion run one after the other, see
 * api/store/carts/checkout-lock.ts), it was. Anything else is left as it is, and reported.
 */
async function usageRegistration(db: Db, orderId: string, createdAt: Date): Promise<UsageRegistration> {
  const { rows } = await db.raw(
    `WITH codes AS ${codesOf("?")},
          counters AS ${promotionCountersOf("(SELECT code FROM codes)")}
     SELECT (SELECT count(*)::int FROM counters) AS counters,
            (SELECT count(*)::int FROM counters WHERE updated_at >= ?) AS written_since,
            EXISTS (SELECT 1 FROM "order" later WHERE later.deleted_at IS NULL AND later.id <> ? AND later.created_at > ?
                       AND EXISTS (SELECT 1 FROM ${codesOf("later.id")} used WHERE used.code IN (SELECT code FROM codes))) AS used_later`,
    [orderId, orderId, createdAt, orderId, createdAt]
  )
  const { counters, written_since, used_later } = rows[0] as { counters: number; written_since: number; used_later: boolean }
  if (counters === 0) return "none"
  if (written_since === 0) return "not_registered"
  return written_since === counters && !used_later ? "registered" : "unknown"
}

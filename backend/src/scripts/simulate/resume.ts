import type { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairInterruptedCheckouts } from "../../workflows/checkout/repair-interrupted-checkouts"
import type { PlacedOrder } from "./place-order"
import { undoUnfinishedBulkOrders } from "./undo-unfinished"

/** Cart (then order, which copies it) metadata naming the planned visit an order comes from. */
export const SIMULATION_METADATA = {
  key: "comptoir_simulation_key",
  seed: "comptoir_simulation_seed",
  day: "comptoir_simulation_day",
  /** The promotion code the order was placed with (absent when refused and placed without). */
  promoCode: "comptoir_simulation_promo_code",
} as const

/** Store metadata holding the history run in progress, cleared when it completes. */
const RUN_MARKER = "comptoir_simulation_run"

/** A history run: its days are planned from `firstDay`, with this seed and volume, whatever the date of a re-run. */
export interface HistoryRun {
  seed: number
  visitorsPerDay: number
  firstDay: string
  lastDay: string
}

/** The planned order's identity: the same seed plans the same visits on a day, in the same order. */
export function orderKey(seed: number, day: string, visitIndex: number): string {
  return `${seed}:${day}:${visitIndex}`
}

export interface ExistingOrder extends PlacedOrder {
  promoCode: string | null
}

/**
 * The orders a run already placed for its planned visits of `from`..`to` (one query per batch),
 * by key. Cancelled orders do not count: a history cancelled by hand is placed again.
 */
export async function placedSimulatedOrders(container: MedusaContainer, seed: number, from: string, to: string): Promise<{ orders: Map<string, ExistingOrder>; unfinished: string[] }> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT o.id AS order_id, oc.cart_id, o.metadata->>?::text AS key, o.metadata->>?::text AS promo_code ` +
      `FROM "order" o LEFT JOIN order_cart oc ON oc.order_id = o.id AND oc.deleted_at IS NULL ` +
      `WHERE o.metadata->>?::text = ? AND o.metadata->>?::text BETWEEN ? AND ? AND o.status <> 'canceled' AND o.deleted_at IS NULL`,
    [SIMULATION_METADATA.key, SIMULATION_METADATA.promoCode, SIMULATION_METADATA.seed, String(seed), SIMULATION_METADATA.day, from, to]
  )
  const orders = new Map<string, ExistingOrder>()
  const unfinished: string[] = []
  for (const row of rows as { order_id: string; cart_id: string | null; key: string; promo_code: string | null }[]) {
    // A kill inside Medusa's completeCart can leave an order without its cart link, stock
    // reservation or payment: not an order to keep, so the planned one is placed again.
    if (row.cart_id === null) {
      unfinished.push(row.order_id)
      continue
    }
    orders.set(row.key, { orderId: row.order_id, cartId: row.cart_id, promoApplied: row.promo_code !== null, promoCode: row.promo_code })
  }
  return { orders, unfinished }
}

/**
 * Gives the stock the run's own orders took back to the snapshot: a resumed run plans its days
 * from the shop as it was when the run began, so it plans the same visits as an uninterrupted one.
 */
export async function restoreRunStock(container: MedusaContainer, run: HistoryRun, snapshot: simulator.ShopSnapshot): Promise<void> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT li.variant_id, sum(oi.quantity)::int AS quantity FROM "order" o ` +
      `JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL ` +
      `JOIN order_line_item li ON li.id = oi.item_id ` +
      `WHERE o.metadata->>?::text = ? AND o.metadata->>?::text BETWEEN ? AND ? AND o.status <> 'canceled' AND o.deleted_at IS NULL ` +
      // Only finished orders reserved their stock (see placedSimulatedOrders).
      `AND EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL) ` +
      `GROUP BY li.variant_id`,
    [SIMULATION_METADATA.seed, String(run.seed), SIMULATION_METADATA.day, run.firstDay, run.lastDay]
  )
  const taken = new Map((rows as { variant_id: string; quantity: number }[]).map((row) => [row.variant_id, row.quantity]))
  for (const product of snapshot.products) {
    for (const variant of product.variants) {
      const quantity = taken.get(variant.id)
      if (quantity && variant.available !== null) variant.available += quantity
    }
  }
}

/** The run a kill interrupted, if any. */
export async function readRunMarker(container: MedusaContainer): Promise<HistoryRun | null> {
  // A kill inside a checkout leaves a half-written order: undone before the run reads its orders
  // and stock, so the planned order is placed again. Only the simulator's carts, with no grace
  // period: one history run at a time, and no other process completes its carts.
  await repairInterruptedCheckouts(container, { olderThanMs: 0, cartMetadataKey: SIMULATION_METADATA.key })
  // Likewise a kill inside a week written in bulk: its orders undone, its promotion uses given back once.
  await undoUnfinishedBulkOrders(container)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(`SELECT metadata->?::text AS run FROM store WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`, [RUN_MARKER])
  const run = rows[0]?.run as HistoryRun | null | undefined
  return run && typeof run.firstDay === "string" ? run : null
}

/** Written before the first order is placed: a re-run after a kill finds the run to finish. */
export async function writeRunMarker(container: MedusaContainer, run: HistoryRun): Promise<void> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Merged into the store's metadata, not written over it: other keys are not the simulator's.
  await db.raw(`UPDATE store SET metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object(?::text, ?::jsonb) WHERE deleted_at IS NULL`, [
    RUN_MARKER,
    JSON.stringify(run),
  ])
}

export async function clearRunMarker(container: MedusaContainer): Promise<void> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await db.raw(`UPDATE store SET metadata = metadata - ?::text WHERE deleted_at IS NULL AND metadata IS NOT NULL`, [RUN_MARKER])
}

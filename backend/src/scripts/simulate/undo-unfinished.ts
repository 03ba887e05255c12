import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { MedusaContainer, UsageComputedActions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Db } from "../../workflows/checkout/db"
import { promotionCountersOf } from "../../workflows/checkout/promotion-counters"
import { PROMOTION_USAGE_RETURNED_KEY } from "../../workflows/checkout/promotion-usage"
import { undoInterruptedCheckoutWorkflow } from "../../workflows/checkout/undo-interrupted-checkout"

/**
 * What a kill inside a bulk-written week (bulk-orders.ts) leaves behind, and how it is undone
 * before the week is placed again.
 *
 * `placeBatch` registers each order's promotion uses while it decides the week (an order sees the
 * budget the previous ones used), then writes the week: bare carts, orders, reservations,
 * payment collections, links, and last the order↔cart link. A kill in between leaves orders
 * without that link, holding stock and payments, and uses counted for orders that will be placed
 * again. So each order's uses are noted in the store's metadata just before they are registered
 * (PENDING_USAGE_KEY), and the note is removed once the week is written; the next run, finding it,
 * gives back the uses of every noted order that has no finished order, written or not. An order
 * refused after its note (its registration failed) takes its entry out again (dropPendingUsage).
 */

/** Store metadata: the promotion uses registered for the week being written, in plan order. */
const PENDING_USAGE_KEY = "comptoir_simulation_pending_usage"
/** Payment collection metadata: written by bulk-orders.ts, so one left without links can be found. */
export const BULK_PAYMENT_KEY = "comptoir_simulation_bulk"
/** How far the database's clock and this process's may be apart (order rows are stamped by Node). */
const CLOCK_MARGIN = "1 minute"

export interface PendingUsage {
  /** The visit's session: the order's and the bare cart's metadata carry it. */
  sessionId: string
  actions: UsageComputedActions[]
  context: { customer_id: string | null; customer_email: string }
}

type Noted = PendingUsage & {
  /** When the note was written (database clock): the order, if written, is younger. */
  at: string
  /** The promotion and budget counters these codes move, as they were before registration. */
  counters: Record<string, string>
  /** Decided by an earlier undo: counted and unfinished, to give back without reading the counters again. */
  owed?: true
}

/** Test hook standing in for a SIGKILL inside a bulk week: nothing is cleaned up on the way out. */
export type BulkKillHook =
  /** Once this many orders of the week have registered their uses, between the next one's note and its registration. */
  | { phase: "usage"; afterOrders: number }
  /** In the first week's write, after the orders, reservations, payments and other links, before the order↔cart links. */
  | { phase: "write" }

export class SimulatedKill extends Error {
  constructor(phase: BulkKillHook["phase"]) {
    super(`history run killed (test hook) during the bulk ${phase} phase`)
    this.name = "SimulatedKill"
  }
}

/** The counters `registerUsage` moves for these codes, by id: bindings `codes, codes`. */
const COUNTERS = `(SELECT coalesce(jsonb_object_agg(c.id, c.used), '{}'::jsonb) FROM ${promotionCountersOf("(SELECT unnest(?::text[]))")} c)`
const codesOf = (actions: readonly UsageComputedActions[]) => [...new Set(actions.map((action) => action.code))]

/**
 * Notes an order's uses, with the counters as they stand, just before `registerUsage`. Noted
 * before rather than after: a kill between the two leaves a note for uses never counted, which
 * the counters tell apart (see usageToGiveBack); noted after, it would leave uses counted and
 * never noted, which nothing could find.
 */
export async function notePendingUsage(container: MedusaContainer, usage: PendingUsage): Promise<void> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  const codes = codesOf(usage.actions)
  await db.raw(
    `UPDATE store SET metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object(?::text,
       coalesce(metadata->?::text, '[]'::jsonb) || jsonb_build_array(?::jsonb || jsonb_build_object('at', now(), 'counters', ${COUNTERS})))
     WHERE deleted_at IS NULL`,
    [PENDING_USAGE_KEY, PENDING_USAGE_KEY, JSON.stringify(usage), codes, codes]
  )
}

/**
 * Takes one order's entry out of the note, answering whether this call did: the conditional
 * UPDATE locks the store row, so of two callers only one finds the entry.
 */
async function takeNoted(db: Db, sessionId: string): Promise<boolean> {
  const { rows } = await db.raw(
    `UPDATE store SET metadata = jsonb_set(metadata, ARRAY[?::text],
       (SELECT coalesce(jsonb_agg(x.entry ORDER BY x.n), '[]'::jsonb) FROM jsonb_array_elements(metadata->?::text) WITH ORDINALITY AS x(entry, n)
         WHERE x.entry->>'sessionId' IS DISTINCT FROM ?::text))
     WHERE deleted_at IS NULL AND metadata->?::text @> jsonb_build_array(jsonb_build_object('sessionId', ?::text)) RETURNING id`,
    [PENDING_USAGE_KEY, PENDING_USAGE_KEY, sessionId, PENDING_USAGE_KEY, sessionId]
  )
  return rows.length > 0
}

/** An order noted and then refused (its registration failed, nothing counted): its entry goes. */
export async function dropPendingUsage(container: MedusaContainer, sessionId: string): Promise<void> {
  await takeNoted(container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION), sessionId)
}

/** The week is written (every order linked to its cart): its uses belong to finished orders. */
export async function clearPendingUsage(container: MedusaContainer): Promise<void> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  await db.raw(`UPDATE store SET metadata = metadata - ?::text WHERE deleted_at IS NULL AND metadata->?::text IS NOT NULL`, [
    PENDING_USAGE_KEY,
    PENDING_USAGE_KEY,
  ])
}

export interface UndoReport {
  orders: string[]
  carts: string[]
  paymentCollections: string[]
  /** Orders whose uses were given back (written or not). */
  usageReturned: string[]
}

/**
 * Undoes what an interrupted bulk week wrote and gives its uses back once. Run before the run
 * reads its placed orders (resume.ts), and by placeBatch when a write fails. Idempotent: each
 * order's entry is taken from the note before its uses go back, so a crash in between loses a
 * return rather than doubling it, and undone orders, carts and collections are gone for the next call.
 */
export async function undoUnfinishedBulkOrders(container: MedusaContainer): Promise<UndoReport> {
  const report: UndoReport = { orders: [], carts: [], paymentCollections: [], usageReturned: [] }
  await giveBackPendingUsage(container, report)
  await undoUnlinkedOrders(container, report)
  await removeOrphans(container, report)
  if (report.orders.length + report.carts.length + report.paymentCollections.length + report.usageReturned.length > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(
        `Interrupted bulk history week undone: ${report.orders.length} order(s), ${report.carts.length} bare cart(s), ` +
          `${report.paymentCollections.length} payment collection(s), promotion uses of ${report.usageReturned.length} order(s) given back`
      )
  }
  return report
}

async function giveBackPendingUsage(container: MedusaContainer, report: UndoReport): Promise<void> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  const owed = await owedUsage(db)
  const promotion = container.resolve(Modules.PROMOTION)
  for (const entry of owed) {
    // Claimed one at a time, just before its return: whoever takes the entry gives it back, once;
    // a crash in between loses that one return rather than doubling it, and the rest stay noted.
    if (!(await takeNoted(db, entry.sessionId))) continue
    try {
      await promotion.revertUsage(entry.actions, entry.context)
    } catch (error) {
      // revertUsage runs in one transaction: nothing went back, so the entry is owed still.
      await db.raw(
        `UPDATE store SET metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object(?::text, coalesce(metadata->?::text, '[]'::jsonb) || jsonb_build_array(?::jsonb))
          WHERE deleted_at IS NULL`,
        [PENDING_USAGE_KEY, PENDING_USAGE_KEY, JSON.stringify(entry)]
      )
      throw error
    }
    report.usageReturned.push(entry.sessionId)
  }
  await db.raw(`UPDATE store SET metadata = metadata - ?::text WHERE deleted_at IS NULL AND metadata->?::text = '[]'::jsonb`, [PENDING_USAGE_KEY, PENDING_USAGE_KEY])
}

/**
 * The noted uses still to give back. Decided once, from the counters, and written back flagged
 * `owed` in place of the note: the returns then move the counters, so a run resumed after a crash
 * among them must not read them again (it could take a counted use for an uncounted one, or the
 * reverse). The write is conditional on the note as read, so two concurrent undos decide once.
 */
async function owedUsage(db: Db): Promise<Noted[]> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { rows } = await db.raw(`SELECT metadata->?::text AS pending FROM store WHERE deleted_at IS NULL AND metadata->?::text IS NOT NULL LIMIT 1`, [
      PENDING_USAGE_KEY,
      PENDING_USAGE_KEY,
    ])
    const noted = (rows[0] as { pending: Noted[] } | undefined)?.pending ?? []
    if (noted.every((entry) => entry.owed)) return noted
    const owed = (await usageToGiveBack(db, noted.filter((entry) => entry.actions.length > 0))).map((entry): Noted => ({ ...entry, owed: true }))
    const { rows: written } = await db.raw(
      `UPDATE store SET metadata = jsonb_set(metadata, ARRAY[?::text], ?::jsonb) WHERE deleted_at IS NULL AND metadata->?::text = ?::jsonb RETURNING id`,
      [PENDING_USAGE_KEY, JSON.stringify(owed), PENDING_USAGE_KEY, JSON.stringify(noted)]
    )
    if (written.length > 0) return owed
  }
  // Changed twice under us: another undo is at work, and owns the note.
  return []
}

/**
 * The noted uses that were counted and belong to no finished order. Every note but the last was
 * followed by its `registerUsage` (the loop registers an order before noting the next); the last
 * one was if a counter of its codes moved since it was noted (one registration runs in one
 * transaction, and nothing but this run registers uses in between: nothing has been given back yet).
 * A finished order is linked to its cart, or already gave its uses back (cancelled by hand).
 */
async function usageToGiveBack(db: Db, noted: readonly Noted[]): Promise<Noted[]> {
  if (noted.length === 0) return []
  const last = noted[noted.length - 1] as Noted
  const codes = codesOf(last.actions)
  const { rows: now } = await db.raw(`SELECT ${COUNTERS} AS counters`, [codes, codes])
  const counters = (now[0] as { counters: Record<string, string> }).counters
  const lastRegistered = Object.entries(last.counters).some(([id, used]) => counters[id] !== undefined && Number(counters[id]) !== Number(used))
  const counted = lastRegistered ? noted : noted.slice(0, -1)
  if (counted.length === 0) return []
  const { rows } = await db.raw(
    `SELECT DISTINCT o.metadata->>?::text AS session_id FROM "order" o
      WHERE o.deleted_at IS NULL AND o.metadata->>?::text = ANY(?::text[]) AND o.created_at >= ?::timestamptz - interval '${CLOCK_MARGIN}'
        AND (EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL) OR o.metadata->>?::text IS NOT NULL)`,
    [
      CART_ATTRIBUTION_KEYS.sessionId,
      CART_ATTRIBUTION_KEYS.sessionId,
      counted.map((entry) => entry.sessionId),
      noted[0]?.at,
      PROMOTION_USAGE_RETURNED_KEY,
    ]
  )
  const finished = new Set((rows as { session_id: string }[]).map((row) => row.session_id))
  return counted.filter((entry) => !finished.has(entry.sessionId))
}

/** A bulk-written cart: the visit's metadata, completed, no line items (the order holds them). */
const BARE_CART = `c.deleted_at IS NULL AND c.completed_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM cart_line_item li WHERE li.cart_id = c.id AND li.deleted_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.cart_id = c.id AND oc.deleted_at IS NULL)`
const CART_LINKS = `array(SELECT cp.payment_collection_id FROM cart_payment_collection cp WHERE cp.cart_id = c.id AND cp.deleted_at IS NULL) AS cart_payment_collection_ids,
  array(SELECT cpr.promotion_id FROM cart_promotion cpr WHERE cpr.cart_id = c.id AND cpr.deleted_at IS NULL) AS cart_promotion_ids`

/**
 * Bulk orders without their cart link: undone with the checkout repair's workflow, their bare
 * cart and payment collections removed with them (their uses were dealt with above, from the note).
 * A Store API order has a cart with line items: repairInterruptedCheckouts deals with it.
 */
async function undoUnlinkedOrders(container: MedusaContainer, report: UndoReport): Promise<void> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT DISTINCT ON (o.id) o.id AS order_id, c.id AS cart_id,
            array(SELECT oi.item_id FROM order_item oi WHERE oi.order_id = o.id AND oi.deleted_at IS NULL) AS item_ids,
            array(SELECT op.payment_collection_id FROM order_payment_collection op WHERE op.order_id = o.id AND op.deleted_at IS NULL) AS payment_collection_ids,
            array(SELECT opr.promotion_id FROM order_promotion opr WHERE opr.order_id = o.id AND opr.deleted_at IS NULL) AS promotion_ids,
            ${CART_LINKS}
       FROM "order" o JOIN cart c ON c.metadata->>?::text = o.metadata->>?::text AND ${BARE_CART}
      WHERE o.deleted_at IS NULL AND o.metadata->>?::text IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL)
      ORDER BY o.id, c.created_at`,
    [CART_ATTRIBUTION_KEYS.sessionId, CART_ATTRIBUTION_KEYS.sessionId, CART_ATTRIBUTION_KEYS.sessionId]
  )
  type Row = {
    order_id: string
    cart_id: string
    item_ids: string[]
    payment_collection_ids: string[]
    promotion_ids: string[]
    cart_payment_collection_ids: string[]
    cart_promotion_ids: string[]
  }
  for (const row of rows as Row[]) {
    await undoInterruptedCheckoutWorkflow(container).run({
      input: {
        cart_id: row.cart_id,
        order_id: row.order_id,
        item_ids: row.item_ids,
        links: {
          cart: false,
          payment_collection_ids: row.payment_collection_ids,
          promotion_ids: row.promotion_ids,
          cart_payment_collection_ids: row.cart_payment_collection_ids,
          cart_promotion_ids: row.cart_promotion_ids,
        },
        return_usage: false,
        cart_outcome: "delete",
      },
    })
    report.orders.push(row.order_id)
    report.carts.push(row.cart_id)
    report.paymentCollections.push(...new Set([...row.payment_collection_ids, ...row.cart_payment_collection_ids]))
  }
}

/**
 * What a kill left before any order was linked to it: bare carts without an order (killed before
 * createOrders), and bulk payment collections without any link (killed before the links).
 */
async function removeOrphans(container: MedusaContainer, report: UndoReport): Promise<void> {
  const db = container.resolve<Db>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: carts } = await db.raw(
    `SELECT c.id, ${CART_LINKS} FROM cart c
      WHERE c.metadata->>?::text IS NOT NULL AND ${BARE_CART}
        AND NOT EXISTS (SELECT 1 FROM "order" o WHERE o.deleted_at IS NULL AND o.metadata->>?::text = c.metadata->>?::text
                          AND NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL))`,
    [CART_ATTRIBUTION_KEYS.sessionId, CART_ATTRIBUTION_KEYS.sessionId, CART_ATTRIBUTION_KEYS.sessionId]
  )
  const { rows: collections } = await db.raw(
    `SELECT pc.id FROM payment_collection pc
      WHERE pc.deleted_at IS NULL AND pc.metadata->>?::text IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM order_payment_collection op WHERE op.payment_collection_id = pc.id AND op.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM cart_payment_collection cp WHERE cp.payment_collection_id = pc.id AND cp.deleted_at IS NULL)`,
    [BULK_PAYMENT_KEY]
  )
  type CartRow = { id: string; cart_payment_collection_ids: string[]; cart_promotion_ids: string[] }
  const cartRows = carts as CartRow[]
  const collectionIds = [...new Set([...cartRows.flatMap((cart) => cart.cart_payment_collection_ids), ...(collections as { id: string }[]).map((row) => row.id)])]
  if (cartRows.length === 0 && collectionIds.length === 0) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.dismiss(
    cartRows.flatMap((cart) => [
      ...cart.cart_payment_collection_ids.map((id) => ({ [Modules.CART]: { cart_id: cart.id }, [Modules.PAYMENT]: { payment_collection_id: id } })),
      ...cart.cart_promotion_ids.map((id) => ({ [Modules.CART]: { cart_id: cart.id }, [Modules.PROMOTION]: { promotion_id: id } })),
    ])
  )
  if (collectionIds.length > 0) await container.resolve(Modules.PAYMENT).softDeletePaymentCollections(collectionIds)
  if (cartRows.length > 0) await container.resolve(Modules.CART).softDeleteCarts(cartRows.map((cart) => cart.id))
  report.carts.push(...cartRows.map((cart) => cart.id))
  report.paymentCollections.push(...collectionIds)
}

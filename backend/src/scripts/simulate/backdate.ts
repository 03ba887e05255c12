import { COMPTOIR_PROPERTIES } from "@comptoir/analytics"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_STORE_MODULE } from "../../modules/event-store"
import type EventStoreModuleService from "../../modules/event-store/service"
import type { ServerEventInput } from "../../modules/event-store/server-events"
import { ORDER_SNAPSHOT_FIELDS, type OrderSnapshot, orderPlacedEvent } from "../../workflows/order-events/build-order-events"

export interface PlacedAt {
  orderId: string
  cartId: string
  at: Date
}

/**
 * Tables whose rows an order placement writes, with how each finds its order: their dates are
 * moved to the simulated moment, so reports by period and the admin's order list show the
 * history where it happened. Medusa has no API for this (an order is placed "now").
 */
const BACKDATED = [
  `UPDATE "order" o SET created_at = v.at, updated_at = v.at FROM v WHERE o.id = v.order_id`,
  `UPDATE order_summary t SET created_at = v.at, updated_at = v.at FROM v WHERE t.order_id = v.order_id`,
  `UPDATE order_item t SET created_at = v.at, updated_at = v.at FROM v WHERE t.order_id = v.order_id`,
  `UPDATE order_line_item t SET created_at = v.at, updated_at = v.at FROM order_item i JOIN v ON i.order_id = v.order_id WHERE t.id = i.item_id`,
  `UPDATE order_shipping t SET created_at = v.at, updated_at = v.at FROM v WHERE t.order_id = v.order_id`,
  `UPDATE order_shipping_method t SET created_at = v.at, updated_at = v.at FROM order_shipping s JOIN v ON s.order_id = v.order_id WHERE t.id = s.shipping_method_id`,
  `UPDATE cart t SET created_at = v.at, updated_at = v.at, completed_at = v.at FROM v WHERE t.id = v.cart_id`,
  `UPDATE payment_collection t SET created_at = v.at, updated_at = v.at FROM order_payment_collection l JOIN v ON l.order_id = v.order_id WHERE t.id = l.payment_collection_id`,
  `UPDATE payment t SET created_at = v.at, updated_at = v.at FROM order_payment_collection l JOIN v ON l.order_id = v.order_id WHERE t.payment_collection_id = l.payment_collection_id`,
]

/** Moves the orders of a simulated day, and the rows around them, to their simulated moment. */
export async function backdateOrders(container: MedusaContainer, placed: readonly PlacedAt[]): Promise<void> {
  if (placed.length === 0) return
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const values = JSON.stringify(placed.map((entry) => ({ order_id: entry.orderId, cart_id: entry.cartId, at: entry.at.toISOString() })))
  const withValues = `WITH v AS (SELECT * FROM json_to_recordset(?::json) AS x(order_id text, cart_id text, at timestamptz)) `
  await db.transaction(async (trx) => {
    for (const statement of BACKDATED) await trx.raw(withValues + statement, [values])
  })
}

/**
 * The `order_placed` events of the day's orders, as the backend's own workflow builds them, at
 * the order's (backdated) time and flagged as simulated. Medusa's `order.placed` subscriber may
 * have stored the same event (same uuid) first, unflagged and dated now: the update corrects it.
 */
/** Returns the number of order events the day now has (one per order, whoever stored it). */
export async function recordSimulatedOrderEvents(container: MedusaContainer, orderIds: readonly string[]): Promise<number> {
  if (orderIds.length === 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_SNAPSHOT_FIELDS, filters: { id: [...orderIds] } })
  const events: ServerEventInput[] = (data as unknown as OrderSnapshot[]).map((order) => {
    const event = orderPlacedEvent(order)
    return { ...event, properties: { ...event.properties, [COMPTOIR_PROPERTIES.simulated]: true } }
  })
  const eventStore = container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
  await eventStore.recordServerEvents(events)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const fixes = JSON.stringify(events.map((event) => ({ uuid: event.uuid, at: event.timestamp })))
  await db.raw(
    `UPDATE captured_event e SET is_simulated = true, timestamp = x.at, properties = e.properties || ?::jsonb ` +
      `FROM json_to_recordset(?::json) AS x(uuid text, at timestamptz) WHERE e.uuid = x.uuid AND e.is_simulated = false`,
    [JSON.stringify({ [COMPTOIR_PROPERTIES.simulated]: true }), fixes]
  )
  return events.length
}

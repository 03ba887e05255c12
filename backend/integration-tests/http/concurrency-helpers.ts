import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Api, Headers } from "./api-session"
import { CHECKOUT_ADDRESS } from "./api-session"

// Carts built through the Store API as the storefront builds them, then completed all at once.

export { adminHeaders, storeHeaders, type Api } from "./api-session"
export type Store = Headers
/** Building dozens of carts takes most of a test's time; a loaded CI machine needs the margin. */
export const CHECKOUT_TEST_TIMEOUT = 600_000

export type CartLine = { variant_id: string; quantity: number }


/** The starter shop's one delivery option, per region: each test installs a new shop. */
const shippingOptions = new Map<string, string>()

/**
 * A cart with everything the checkout asks for (address, delivery, payment session), not yet
 * completed, in as few requests as the Store API allows. One email per cart: Medusa creates a
 * guest customer per new email, and carts built side by side with one email race to create it.
 */
export async function readyCart(api: Api, store: Store, regionId: string, lines: CartLine[], promoCode?: string): Promise<string> {
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: regionId,
      email: `camille-${randomUUID()}@example.fr`,
      items: lines,
      shipping_address: CHECKOUT_ADDRESS,
      billing_address: CHECKOUT_ADDRESS,
      ...(promoCode ? { promo_codes: [promoCode] } : {}),
    },
    store
  )
  const cartId = created.cart.id as string
  let optionId = shippingOptions.get(regionId)
  if (!optionId) {
    optionId = (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options[0].id as string
    shippingOptions.set(regionId, optionId)
  }
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  return cartId
}

/** Builds `count` carts a few at a time: building them is not what the tests measure. */
export async function readyCarts(count: number, build: () => Promise<string>, batch = 10): Promise<string[]> {
  const ids: string[] = []
  while (ids.length < count) {
    const size = Math.min(batch, count - ids.length)
    ids.push(...(await Promise.all(Array.from({ length: size }, build))))
  }
  return ids
}

export type Completion = { cartId: string; status: number; orderId: string | null; message: string }

/** Fires every completion at the same moment and keeps each answer, failures included. */
export async function completeAtOnce(api: Api, store: Store, cartIds: string[]): Promise<Completion[]> {
  return Promise.all(
    cartIds.map(async (cartId) => {
      const { status, data } = await api.post(`/store/carts/${cartId}/complete`, {}, { ...store, validateStatus: () => true })
      const orderId = data?.type === "order" ? (data.order.id as string) : null
      return { cartId, status, orderId, message: String(data?.error?.message ?? data?.message ?? "") }
    })
  )
}

export async function variantBySku(container: MedusaContainer, sku: string): Promise<{ id: string; inventoryItemId: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { sku } })
  const variant = data[0]
  if (!variant) throw new Error(`no variant ${sku}`)
  return { id: variant.id, inventoryItemId: variant.inventory_items![0]!.inventory_item_id }
}

export type Level = { stocked_quantity: number; reserved_quantity: number }

/** The one stock location of the starter shop. */
export async function level(container: MedusaContainer, inventoryItemId: string): Promise<Level & { location_id: string }> {
  const [row] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
  if (!row) throw new Error(`no inventory level for ${inventoryItemId}`)
  return { stocked_quantity: Number(row.stocked_quantity), reserved_quantity: Number(row.reserved_quantity), location_id: row.location_id }
}

export async function setStock(container: MedusaContainer, inventoryItemId: string, stocked: number) {
  const { location_id } = await level(container, inventoryItemId)
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id, stocked_quantity: stocked }])
}

/** Sum of the reservations Medusa holds for an item: must equal the level's reserved_quantity. */
export async function reservedByReservations(container: MedusaContainer, inventoryItemId: string): Promise<number> {
  const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inventoryItemId })
  return reservations.reduce((sum, reservation) => sum + Number(reservation.quantity), 0)
}

export async function ordersOfCarts(container: MedusaContainer, cartIds: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartIds } })
  return data.map((link: { order_id: string }) => link.order_id)
}

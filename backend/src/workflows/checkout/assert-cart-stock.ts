import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { shortfallMessage, stockShortfalls, type StockLine } from "./stock-shortfalls"

const CART_STOCK_FIELDS = [
  "id",
  "completed_at",
  "sales_channel_id",
  "items.title",
  "items.product_title",
  "items.quantity",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
]

type CartStock = {
  completed_at?: Date | string | null
  sales_channel_id?: string | null
  items?: ({ title: string; product_title?: string | null; quantity: number; variant?: StockLine["variant"] } | null)[] | null
}

/** Refuses, with a 400 the storefront shows as « plus en stock », a cart the stock cannot serve as a whole. */
export async function assertCartStockSuffices(container: MedusaContainer, cartId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_STOCK_FIELDS, filters: { id: cartId } })
  const cart = data[0] as CartStock | undefined
  // A completed cart is a retry: Medusa answers with the order it already made.
  if (!cart || cart.completed_at) return

  const lines: StockLine[] = (cart.items ?? []).flatMap((item) =>
    item ? [{ title: item.product_title ?? item.title, quantity: Number(item.quantity), variant: item.variant }] : []
  )
  const inventoryItemIds = [...new Set(lines.flatMap((line) => (line.variant?.inventory_items ?? []).flatMap((link) => (link ? [link.inventory_item_id] : []))))]
  if (inventoryItemIds.length === 0) return

  const locationIds = await salesChannelLocations(container, cart.sales_channel_id)
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: inventoryItemIds, location_id: locationIds })
  const availability = new Map<string, number>()
  for (const level of levels) {
    const free = Number(level.stocked_quantity) - Number(level.reserved_quantity)
    availability.set(level.inventory_item_id, (availability.get(level.inventory_item_id) ?? 0) + free)
  }

  const shortfalls = stockShortfalls(lines, availability)
  if (shortfalls.length > 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortfallMessage(shortfalls))
}

async function salesChannelLocations(container: MedusaContainer, salesChannelId: string | null | undefined): Promise<string[]> {
  if (!salesChannelId) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
  const locations = (data[0] as { stock_locations?: ({ id: string } | null)[] | null } | undefined)?.stock_locations ?? []
  return locations.flatMap((location) => (location ? [location.id] : []))
}

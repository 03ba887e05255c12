/**
 * What a whole cart needs from each inventory item, against what is left. Medusa compares each
 * line with the stock on its own, so two lines of different variants drawing on one inventory
 * item (a notebook sold in two formats from the same paper) could each "fit" and together
 * reserve more than is stocked.
 */

type Nullable<T> = T | null | undefined

export type StockLine = {
  title: string
  quantity: number
  variant?: Nullable<{
    manage_inventory?: Nullable<boolean>
    allow_backorder?: Nullable<boolean>
    inventory_items?: Nullable<Nullable<{ inventory_item_id: string; required_quantity?: Nullable<number> }>[]>
  }>
}

/** Quantity still free per inventory item, over the locations that serve the cart's sales channel. */
export type Availability = ReadonlyMap<string, number>

export type StockShortfall = { inventory_item_id: string; titles: string[]; needed: number; available: number }

export function stockShortfalls(lines: StockLine[], availability: Availability): StockShortfall[] {
  const needs = new Map<string, { needed: number; titles: string[] }>()
  for (const line of lines) {
    const variant = line.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link) continue
      const need = needs.get(link.inventory_item_id) ?? { needed: 0, titles: [] }
      need.needed += line.quantity * Number(link.required_quantity ?? 1)
      if (!need.titles.includes(line.title)) need.titles.push(line.title)
      needs.set(link.inventory_item_id, need)
    }
  }
  const shortfalls: StockShortfall[] = []
  for (const [inventoryItemId, need] of needs) {
    const available = availability.get(inventoryItemId) ?? 0
    if (need.needed > available) shortfalls.push({ inventory_item_id: inventoryItemId, ...need, available: Math.max(0, available) })
  }
  return shortfalls
}

/** In English like every API error; "stock" is what the storefront maps to « plus en stock ». */
export function shortfallMessage(shortfalls: StockShortfall[]): string {
  const details = shortfalls.map(
    (shortfall) => `${shortfall.titles.map((title) => `"${title}"`).join(" and ")} (${shortfall.needed} requested, ${shortfall.available} available)`
  )
  return `Not enough stock for ${details.join(", ")}`
}

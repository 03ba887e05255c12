import { describe, expect, it } from "vitest"
import { shortfallMessage, stockShortfalls, type StockLine } from "./stock-shortfalls"

const managed = (inventory_items: { inventory_item_id: string; required_quantity?: number }[]) => ({
  manage_inventory: true,
  allow_backorder: false,
  inventory_items,
})

describe("stockShortfalls", () => {
  it("adds up lines of different variants that draw on one inventory item", () => {
    const lines: StockLine[] = [
      { title: "Carnet A5", quantity: 1, variant: managed([{ inventory_item_id: "paper" }]) },
      { title: "Carnet A6", quantity: 1, variant: managed([{ inventory_item_id: "paper" }]) },
    ]
    expect(stockShortfalls(lines, new Map([["paper", 1]]))).toEqual([
      { inventory_item_id: "paper", titles: ["Carnet A5", "Carnet A6"], needed: 2, available: 1 },
    ])
    expect(stockShortfalls(lines, new Map([["paper", 2]]))).toEqual([])
  })

  it("multiplies by the quantity a kit requires and treats an unknown item as empty", () => {
    const kit: StockLine = { title: "Coffret", quantity: 2, variant: managed([{ inventory_item_id: "mug", required_quantity: 3 }, { inventory_item_id: "box" }]) }
    expect(stockShortfalls([kit], new Map([["mug", 5]]))).toEqual([
      { inventory_item_id: "mug", titles: ["Coffret"], needed: 6, available: 5 },
      { inventory_item_id: "box", titles: ["Coffret"], needed: 2, available: 0 },
    ])
  })

  it("ignores variants without managed stock or that may be backordered", () => {
    const lines: StockLine[] = [
      { title: "Carte cadeau", quantity: 9, variant: { manage_inventory: false, inventory_items: [{ inventory_item_id: "card" }] } },
      { title: "Précommande", quantity: 9, variant: { manage_inventory: true, allow_backorder: true, inventory_items: [{ inventory_item_id: "pre" }] } },
    ]
    expect(stockShortfalls(lines, new Map())).toEqual([])
  })

  it("never reports a negative availability (more reserved than stocked after a stock correction)", () => {
    const line: StockLine = { title: "Tablier", quantity: 1, variant: managed([{ inventory_item_id: "apron" }]) }
    expect(stockShortfalls([line], new Map([["apron", -2]]))[0]?.available).toBe(0)
  })
})

describe("shortfallMessage", () => {
  it("names the products in a message the storefront recognises as out of stock", () => {
    const message = shortfallMessage([{ inventory_item_id: "paper", titles: ["Carnet A5", "Carnet A6"], needed: 2, available: 1 }])
    expect(message).toBe('Not enough stock for "Carnet A5" and "Carnet A6" (2 requested, 1 available)')
    expect(message).toMatch(/inventory|stock/i)
  })
})

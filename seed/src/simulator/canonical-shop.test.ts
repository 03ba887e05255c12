import { describe, expect, it } from "vitest"
import { demoShopSnapshot } from "./demo-snapshot"
import { simulatorSettings } from "./defaults"
import { addDays, simulateDay } from "./market"
import { MarketState } from "./market-state"
import { Random } from "./random"
import type { ShopSnapshot } from "./shop"
import type { VisitPlan } from "./visit"

const today = new Date("2026-11-29T12:00:00Z")
const settings = simulatorSettings()

/** A shuffled copy of a list, drawn from its own generator (the test stays reproducible). */
function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(0, index)
    ;[copy[index], copy[other]] = [copy[other] as T, copy[index] as T]
  }
  return copy
}

/**
 * The same catalogue as another fresh install would list it: Medusa's ids (prod_…, variant_…)
 * generated anew, and every list in another order (Medusa lists rows in the order of those ids).
 */
function reinstalled(shop: ShopSnapshot, install: string): ShopSnapshot {
  const random = Random.derive("reinstall", install)
  const newId = (prefix: string) => `${prefix}_01${random.hex(24).toUpperCase()}`
  const productIds = new Map(shop.products.map((product) => [product.id, newId("prod")]))
  return {
    ...shop,
    products: shuffled(shop.products, random).map((product) => ({
      ...product,
      id: productIds.get(product.id) as string,
      categoryHandles: shuffled(product.categoryHandles, random),
      variants: shuffled(product.variants, random).map((variant) => ({ ...variant, id: newId("variant") })),
    })),
    categories: shuffled(shop.categories, random).map((category) => ({
      ...category,
      productIds: shuffled(category.productIds.map((id) => productIds.get(id) as string), random),
    })),
    promotions: shuffled(shop.promotions, random),
    campaigns: shuffled(shop.campaigns, random),
  }
}

/** Visits of `days` days, with ids replaced by the business identifiers they stand for (handle, SKU). */
function plannedHistory(shop: ShopSnapshot, days: number, seed: number) {
  const handleOf = new Map(shop.products.map((product) => [product.id, product.handle]))
  const skuOf = new Map(shop.products.flatMap((product) => product.variants.map((variant) => [variant.id, variant.sku ?? variant.title])))
  const state = new MarketState(shop, settings)
  const visits: VisitPlan[] = []
  for (let index = 0; index < days; index++) visits.push(...simulateDay({ day: addDays("2026-11-01", index), state, settings, seed }))
  return visits.map((visit) => ({
    ...visit,
    steps: visit.steps.map((step) =>
      step.kind === "product"
        ? { ...step, productId: handleOf.get(step.productId) }
        : step.kind === "add"
          ? { ...step, productId: handleOf.get(step.productId), variantId: skuOf.get(step.variantId) }
          : step
    ),
    cart: visit.cart.map((line) => ({ ...line, productId: handleOf.get(line.productId), variantId: skuOf.get(line.variantId) })),
  }))
}

describe("the market of a catalogue", { timeout: 60_000 }, () => {
  it("is the same on two installs whose Medusa ids and list orders differ", () => {
    const demo = demoShopSnapshot(today)
    const first = plannedHistory(reinstalled(demo, "first"), 21, 42)
    const second = plannedHistory(reinstalled(demo, "second"), 21, 42)
    // The shuffles really differ, and the history has orders to compare.
    expect(reinstalled(demo, "first").products.map((product) => product.handle)).not.toEqual(
      reinstalled(demo, "second").products.map((product) => product.handle)
    )
    expect(first.filter((visit) => visit.outcome === "order").length).toBeGreaterThan(20)
    expect(second).toEqual(first)
    // And the same as the demo snapshot, whose ids are its handles and SKUs.
    expect(plannedHistory(demo, 21, 42)).toEqual(first)
  })
})

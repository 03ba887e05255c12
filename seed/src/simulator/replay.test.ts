import { describe, expect, it } from "vitest"
import { simulatorSettings } from "./defaults"
import { demoShopSnapshot } from "./demo-snapshot"
import { orderTotals, replayPromotions } from "./replay"
import type { ShopSnapshot, SimProduct, SimPromotion } from "./shop"

const today = new Date("2026-11-29T12:00:00Z")
const settings = simulatorSettings()

const automatic = (code: string, value: number): SimPromotion => ({
  code,
  automatic: true,
  discountType: "percentage",
  value,
  target: "order",
  targetCategoryHandles: [],
})

/** The demo shop plus two automatic promotions on the whole order: 5 % and 25 %. */
function shopWithTwoOffers(): ShopSnapshot {
  const shop = demoShopSnapshot(today)
  return { ...shop, promotions: [...shop.promotions, automatic("PETITE5", 5), automatic("GRANDE25", 25)] }
}

// Each replay plays a week twice: a few seconds on a busy 2-core machine.
describe("replaying a period under two promotions", { timeout: 60_000 }, () => {
  const replay = (seed: number, promotions: readonly [string, string] = ["PETITE5", "GRANDE25"]) =>
    replayPromotions({ shop: shopWithTwoOffers(), settings, seed, from: "2026-11-01", days: 7, promotions })

  it("gives both promotions the same visitors, from the same channels", () => {
    const [a, b] = replay(42).scenarios
    expect(a.sessions).toBeGreaterThan(7 * 200)
    expect(b.sessions).toBe(a.sessions)
    expect(b.sessionsByChannel).toEqual(a.sessionsByChannel)
    expect(a.code).toBe("PETITE5")
    expect(b.code).toBe("GRANDE25")
  })

  it("converts at least as well with the bigger discount, and grants more discount", () => {
    for (const seed of [1, 42, 2026]) {
      const [small, big] = replay(seed).scenarios
      expect(big.conversionRate).toBeGreaterThanOrEqual(small.conversionRate)
      expect(big.orders).toBeGreaterThan(0)
      expect(big.discount / big.orders).toBeGreaterThan(small.discount / Math.max(1, small.orders))
    }
  })

  it("gives identical results for the same seed, and others for another seed", () => {
    const first = replay(42)
    expect(replay(42)).toEqual(first)
    expect(replay(43).scenarios[0]).not.toEqual(first.scenarios[0])
    expect(first).toMatchObject({ firstDay: "2026-11-01", lastDay: "2026-11-07", days: 7, seed: 42 })
  })

  it("sums revenue and discount consistently", () => {
    for (const scenario of replay(42).scenarios) {
      expect(scenario.conversionRate).toBeCloseTo(scenario.orders / scenario.sessions, 10)
      expect(scenario.averageBasket).toBeCloseTo(scenario.revenue / scenario.orders, 1)
      expect(scenario.activeDays).toBe(7)
      expect(Object.values(scenario.ordersByChannel).reduce((sum, count) => sum + count, 0)).toBe(scenario.orders)
    }
  })

  it("counts the days a campaign's promotion could be used", () => {
    // SOLDES30's campaign ended on 15 October: replayed in November, it never applies.
    const [lettre, soldes] = replayPromotions({
      shop: demoShopSnapshot(today),
      settings,
      seed: 42,
      from: "2026-11-01",
      days: 3,
      promotions: ["LETTRE10", "SOLDES30"],
    }).scenarios
    expect(lettre.activeDays).toBe(3)
    expect(soldes.activeDays).toBe(0)
  })

  it("refuses an unknown code, or the same code twice, in French", () => {
    expect(() => replay(42, ["PETITE5", "INCONNU"])).toThrow(/promotion inconnue ou inactive : INCONNU/)
    expect(() => replay(42, ["PETITE5", "PETITE5"])).toThrow(/deux codes différents/)
  })
})

describe("an order's discount", () => {
  const product = (id: string, categoryHandles: string[]): SimProduct => ({
    id,
    handle: id,
    title: id,
    description: "",
    metadata: null,
    categoryHandles,
    variants: [{ id: `${id}-v`, title: "", price: 20, available: null }],
  })
  const products = new Map([
    ["bougie", product("bougie", ["bougies"])],
    ["the", product("the", ["epicerie"])],
  ])
  const shop = (promotions: SimPromotion[]): ShopSnapshot => ({ products: [...products.values()], categories: [], promotions, campaigns: [], currency: "eur" })
  const visit = (promoCode: string | null) => ({
    startedAt: today,
    promoCode,
    cart: [
      { productId: "bougie", variantId: "bougie-v", quantity: 2, unitPrice: 20 },
      { productId: "the", variantId: "the-v", quantity: 1, unitPrice: 10 },
    ],
  })
  const code = (value: number, discountType: "percentage" | "fixed", extra: Partial<SimPromotion> = {}): SimPromotion => ({
    code: "CODE",
    automatic: false,
    discountType,
    value,
    target: "order",
    targetCategoryHandles: [],
    ...extra,
  })

  it("applies an automatic promotion to every order and a code only when it is typed", () => {
    expect(orderTotals(visit(null), shop([automatic("AUTO", 10)]), products)).toEqual({ subtotal: 50, discount: 5 })
    expect(orderTotals(visit(null), shop([code(10, "percentage")]), products).discount).toBe(0)
    expect(orderTotals(visit("CODE"), shop([code(10, "percentage")]), products).discount).toBe(5)
  })

  it("limits a discount to its categories, a fixed amount to the items, and leaves shipping out", () => {
    const onCandles = code(50, "percentage", { target: "items", targetCategoryHandles: ["bougies"] })
    expect(orderTotals(visit("CODE"), shop([onCandles]), products).discount).toBe(20)
    expect(orderTotals(visit("CODE"), shop([code(80, "fixed")]), products).discount).toBe(50)
    expect(orderTotals(visit("CODE"), shop([code(100, "percentage", { target: "shipping_methods" })]), products).discount).toBe(0)
  })
})

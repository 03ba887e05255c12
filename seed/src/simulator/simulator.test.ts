import { describe, expect, it } from "vitest"
import { demoShopSnapshot } from "./demo-snapshot"
import { simulatorSettings } from "./defaults"
import { addDays, simulateDay, summariseVisits } from "./market"
import { MarketState } from "./market-state"
import { Random } from "./random"
import { addToCartProbability, seoQuality, type ShopSnapshot, type SimProduct } from "./shop"

const today = new Date("2026-11-29T12:00:00Z")
const settings = simulatorSettings()

function simulate(shop: ShopSnapshot, days: number, seed: number, start = "2026-11-01") {
  const state = new MarketState(shop, settings)
  const visits = []
  for (let index = 0; index < days; index++) visits.push(...simulateDay({ day: addDays(start, index), state, settings, seed }))
  return { visits, state }
}

describe("the seeded generator", () => {
  it("gives the same numbers for the same seed and others for another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, new Random(seed).next.bind(new Random(seed)))
    const a = new Random(42)
    const b = new Random(42)
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()])
    expect(draw(1)).not.toEqual(draw(2))
  })
})

// Each test simulates a few thousand visits: seconds on a busy 2-core machine.
describe("a simulated market", { timeout: 60_000 }, () => {
  it("gives the same totals for the same seed, and other totals for another seed", () => {
    const first = summariseVisits(simulate(demoShopSnapshot(today), 7, 42).visits)
    const second = summariseVisits(simulate(demoShopSnapshot(today), 7, 42).visits)
    const other = summariseVisits(simulate(demoShopSnapshot(today), 7, 43).visits)
    expect(second).toEqual(first)
    expect(other).not.toEqual(first)
    expect(first.sessions).toBeGreaterThan(7 * 200)
    expect(first.orders).toBeGreaterThan(7 * 2)
    expect(Object.keys(first.byChannel).sort()).toEqual(
      ["direct", "email", "organic_search", "organic_social", "paid_search", "paid_social", "referral"].sort()
    )
  })

  it("plans visits in time order within their day, and never sells more than the stock", () => {
    const shop = demoShopSnapshot(today)
    const { visits } = simulate(shop, 30, 7)
    const sold = new Map<string, number>()
    for (const visit of visits) {
      if (visit.outcome !== "order") continue
      for (const line of visit.cart) sold.set(line.variantId, (sold.get(line.variantId) ?? 0) + line.quantity)
    }
    for (const product of shop.products) {
      for (const variant of product.variants) expect(sold.get(variant.id) ?? 0).toBeLessThanOrEqual(variant.available ?? Infinity)
    }
    const times = visits.map((visit) => visit.startedAt.getTime())
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it("sends more organic visitors to a product whose SEO fields are improved", () => {
    const before = demoShopSnapshot(today)
    const target = [...before.products].sort((a, b) => seoQuality(a) - seoQuality(b))[0] as SimProduct
    const after = structuredClone(before)
    const improved = after.products.find((product) => product.id === target.id) as SimProduct
    improved.metadata = {
      seo_title: "Un titre de page clair et précis pour ce produit",
      seo_description: "Une description pour les moteurs de recherche, entre soixante-dix et cent soixante caractères, qui donne envie.",
    }
    improved.description = `${improved.description} ${"Un texte riche qui décrit le produit, ses matières et son usage. ".repeat(10)}`
    expect(seoQuality(improved)).toBeGreaterThan(seoQuality(target))
    const organicLandings = (shop: ShopSnapshot) =>
      simulate(shop, 14, 42).visits.filter(
        (visit) => visit.acquisition.channel === "organic_search" && visit.steps[0]?.kind === "product" && visit.steps[0].productId === target.id
      ).length
    const totalOrganic = (shop: ShopSnapshot) => summariseVisits(simulate(shop, 14, 42).visits).byChannel.organic_search?.sessions ?? 0
    expect(organicLandings(after)).toBeGreaterThan(organicLandings(before) * 2)
    expect(totalOrganic(after)).toBeGreaterThanOrEqual(totalOrganic(before))
  })

  it("converts more while an attractive automatic promotion runs", () => {
    const without: ShopSnapshot = { ...demoShopSnapshot(today), promotions: [] }
    const withPromotion: ShopSnapshot = {
      ...without,
      promotions: [
        { code: "SOLDES25", automatic: true, discountType: "percentage", value: 25, target: "items", targetCategoryHandles: [] },
      ],
    }
    const product = without.products[0] as SimProduct
    expect(addToCartProbability(product, withPromotion.promotions, settings)).toBeGreaterThan(addToCartProbability(product, [], settings))
    const rate = (shop: ShopSnapshot) => {
      const summary = summariseVisits(simulate(shop, 14, 42).visits)
      return summary.orders / summary.sessions
    }
    expect(rate(withPromotion)).toBeGreaterThan(rate(without) * 1.2)
  })

  it("falls with high prices, thin descriptions and out-of-stock variants", () => {
    const product: SimProduct = {
      id: "p",
      handle: "p",
      title: "Bol",
      description: "x".repeat(400),
      metadata: null,
      categoryHandles: [],
      variants: [
        { id: "a", title: "A", price: 20, available: 5 },
        { id: "b", title: "B", price: 20, available: 5 },
      ],
    }
    const base = addToCartProbability(product, [], settings)
    const variant = (changes: Partial<SimProduct["variants"][number]>) => product.variants.map((v, i) => (i === 0 ? { ...v, ...changes } : v))
    expect(addToCartProbability({ ...product, variants: product.variants.map((v) => ({ ...v, price: 120 })) }, [], settings)).toBeLessThan(base)
    expect(addToCartProbability({ ...product, description: "Court." }, [], settings)).toBeLessThan(base)
    expect(addToCartProbability({ ...product, variants: variant({ available: 0 }) }, [], settings)).toBeLessThan(base)
    expect(addToCartProbability({ ...product, variants: product.variants.map((v) => ({ ...v, available: 0 })) }, [], settings)).toBe(0)
  })

  it("brings a campaign's e-mail traffic only while the campaign runs", () => {
    const shop = demoShopSnapshot(today)
    const campaign = shop.campaigns.find((candidate) => candidate.identifier === "LETTRE-INFO")
    expect(campaign?.startsAt).not.toBeNull()
    const start = (campaign?.startsAt as Date).toISOString().slice(0, 10)
    const { visits } = simulate(shop, 10, 42, addDays(start, -5))
    const tagged = visits.filter((visit) => visit.acquisition.utm.utm_campaign === "lettre-info")
    expect(tagged.length).toBeGreaterThan(0)
    for (const visit of tagged) expect(visit.startedAt.getTime()).toBeGreaterThanOrEqual((campaign?.startsAt as Date).getTime())
  })
})

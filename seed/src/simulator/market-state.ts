import type { SimulatorSettings } from "./defaults"
import type { Random } from "./random"
import { canonicalShop, seoQuality, type ShopSnapshot, type SimProduct, type SimVariant } from "./shop"
import type { VisitStep } from "./visit"

/**
 * What the market remembers while it runs: stock left per variant (taken as orders are planned,
 * so no plan sells what is not there), the visitors already seen (some come back), and the
 * organic landing weights derived from each product's SEO quality.
 */
export class MarketState {
  readonly visitors: string[] = []
  /** The shop's variants (copies: the market's stock changes, the caller's snapshot does not). */
  private readonly variants = new Map<string, SimVariant>()
  private readonly landingWeights: Map<string, number>
  private readonly searchCache = new Map<string, number>()
  private readonly products: Map<string, SimProduct>
  /** Mean SEO quality of the catalogue, in [0, 1]. */
  readonly meanSeoQuality: number

  readonly shop: ShopSnapshot

  constructor(snapshot: ShopSnapshot, settings: SimulatorSettings) {
    // A copy in canonical order: the draws must not depend on the order Medusa listed things in.
    const shop = canonicalShop(structuredClone(snapshot))
    this.shop = shop
    this.products = new Map(shop.products.map((product) => [product.id, product]))
    for (const product of shop.products) for (const variant of product.variants) this.variants.set(variant.id, variant)
    const qualities = shop.products.map((product) => [product.id, seoQuality(product)] as const)
    this.meanSeoQuality = qualities.length > 0 ? qualities.reduce((sum, [, quality]) => sum + quality, 0) / qualities.length : 0
    this.landingWeights = new Map(qualities.map(([id, quality]) => [id, Math.pow(0.15 + quality, settings.seoLandingExponent)]))
  }

  /** The product a search engine sends a visitor to: better-referenced pages are found more. */
  organicLanding(random: Random): SimProduct {
    return random.weighted(this.shop.products, (product) => this.landingWeights.get(product.id) ?? 0)
  }

  /** The next product a visitor looks at: often one of the category just seen, else any. */
  browsedProduct(steps: readonly VisitStep[], random: Random): SimProduct {
    const last = steps[steps.length - 1]
    if (last?.kind === "category") {
      const category = this.shop.categories.find((candidate) => candidate.handle === last.handle)
      const ids = category?.productIds.filter((id) => this.products.has(id)) ?? []
      if (ids.length > 0) return this.products.get(random.pick(ids)) as SimProduct
    }
    return random.pick(this.shop.products)
  }

  searchResults(query: string): number {
    let count = this.searchCache.get(query)
    if (count === undefined) {
      count = this.shop.products.filter((product) => product.title.toLocaleLowerCase("fr-FR").includes(query)).length
      this.searchCache.set(query, count)
    }
    return count
  }

  product(id: string): SimProduct | undefined {
    return this.products.get(id)
  }

  canTake(variantId: string, quantity: number): boolean {
    const variant = this.variants.get(variantId)
    return variant !== undefined && (variant.available === null || variant.available >= quantity)
  }

  /** Units left of a variant (null: not managed), as the market sees it now. */
  availableOf(variantId: string): number | null | undefined {
    return this.variants.get(variantId)?.available
  }

  take(variantId: string, quantity: number): void {
    const variant = this.variants.get(variantId)
    if (variant && variant.available !== null) variant.available = Math.max(0, variant.available - quantity)
  }

  /** Gives back stock the shop refused to sell after all (the backend's order failed). */
  giveBack(variantId: string, quantity: number): void {
    const variant = this.variants.get(variantId)
    if (variant && variant.available !== null) variant.available += quantity
  }
}

import type { SimulatorSettings } from "./defaults"

/**
 * What the simulator knows of the shop: read from Medusa by the backend before a run (and again
 * every simulated day in live mode), so the market answers what the students changed.
 */
export interface ShopSnapshot {
  products: SimProduct[]
  /** Categories a visitor may browse, with the handles of their products. */
  categories: { handle: string; name: string; productIds: string[] }[]
  promotions: SimPromotion[]
  campaigns: SimCampaign[]
  currency: string
}

export interface SimProduct {
  id: string
  handle: string
  title: string
  /** Text of the product page (its length is what the models read). */
  description: string
  /** The product's metadata: SEO fields are read from it by seoFieldsOf. */
  metadata: Record<string, unknown> | null
  categoryHandles: string[]
  collectionTitle?: string
  variants: SimVariant[]
}

export interface SimVariant {
  id: string
  /** The variant's SKU: with the product's handle, what orders the catalogue (ids differ between installs). */
  sku?: string | null
  title: string
  /** Price a visitor pays, TTC, in major units (sale price when a price list applies). */
  price: number
  /** Units that can still be sold; null when Medusa does not manage this variant's stock. */
  available: number | null
}

export interface SimPromotion {
  code: string
  automatic: boolean
  discountType: "percentage" | "fixed"
  value: number
  target: "order" | "items" | "shipping_methods"
  /** Categories whose products the discount applies to; empty for the whole order. */
  targetCategoryHandles: string[]
  /** Campaign identifier; the promotion is active only while its campaign runs. */
  campaign?: string
}

export interface SimCampaign {
  identifier: string
  name: string
  startsAt: Date | null
  endsAt: Date | null
}

/** Orders strings by UTF-16 code units: the same order on every machine, whatever its locale. */
const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const left = key(a)
  const right = key(b)
  return left < right ? -1 : left > right ? 1 : 0
}

/**
 * The snapshot with every list in the order of the shop's business identifiers: products by
 * handle, variants by SKU (title when it has none), categories by handle, promotions by code,
 * campaigns by identifier. The models draw from these lists by position, and Medusa lists them
 * in the order of its generated ids, which differ from one install to the next: sorted this way,
 * the same catalogue and seed give the same market on any database.
 */
export function canonicalShop(snapshot: ShopSnapshot): ShopSnapshot {
  const handleOf = new Map(snapshot.products.map((product) => [product.id, product.handle]))
  const variantKey = (variant: SimVariant) => `${variant.sku ?? ""}\u0000${variant.title}`
  return {
    ...snapshot,
    products: [...snapshot.products]
      .map((product) => ({
        ...product,
        categoryHandles: [...product.categoryHandles].sort(byKey((handle) => handle)),
        variants: [...product.variants].sort(byKey(variantKey)),
      }))
      .sort(byKey((product) => product.handle)),
    categories: [...snapshot.categories]
      .map((category) => ({ ...category, productIds: [...category.productIds].sort(byKey((id) => handleOf.get(id) ?? id)) }))
      .sort(byKey((category) => category.handle)),
    promotions: [...snapshot.promotions]
      .map((promotion) => ({ ...promotion, targetCategoryHandles: [...promotion.targetCategoryHandles].sort(byKey((handle) => handle)) }))
      .sort(byKey((promotion) => promotion.code)),
    campaigns: [...snapshot.campaigns].sort(byKey((campaign) => campaign.identifier)),
  }
}

/**
 * Where a product's SEO fields are read today: its metadata keys (as the storefront reads them,
 * storefront/src/lib/seo-fields.ts). The SEO module of issue 4 will replace this source; this
 * function is the only place to change then.
 */
export function seoFieldsOf(product: Pick<SimProduct, "metadata">): { title: string | null; description: string | null } {
  const text = (value: unknown) => (typeof value === "string" && value.trim().length > 0 ? value.trim() : null)
  return { title: text(product.metadata?.seo_title), description: text(product.metadata?.seo_description) }
}

/** 1 inside [low, high], falling linearly to 0 at half the lower bound and at twice the upper one. */
function lengthScore(length: number, low: number, high: number): number {
  if (length <= 0) return 0
  if (length < low) return Math.max(0, (length - low / 2) / (low / 2))
  if (length > high) return Math.max(0, 1 - (length - high) / high)
  return 1
}

/**
 * SEO quality of a product page in [0, 1]: a meta title of 30–65 characters (35 %), a meta
 * description of 70–160 characters (35 %), and a description of at least 600 characters (30 %),
 * the usual advice search engines give.
 */
export function seoQuality(product: Pick<SimProduct, "metadata" | "description">): number {
  const seo = seoFieldsOf(product)
  const title = lengthScore(seo.title?.length ?? 0, 30, 65)
  const meta = lengthScore(seo.description?.length ?? 0, 70, 160)
  const body = Math.min(1, product.description.trim().length / 600)
  return Math.round((0.35 * title + 0.35 * meta + 0.3 * body) * 1000) / 1000
}

export function isRunning(campaign: SimCampaign | undefined, at: Date): boolean {
  if (!campaign) return true
  return (campaign.startsAt === null || campaign.startsAt <= at) && (campaign.endsAt === null || campaign.endsAt > at)
}

/** Promotions a visitor may benefit from at this moment (their campaign, if any, is running). */
export function activePromotions(shop: ShopSnapshot, at: Date): SimPromotion[] {
  const campaigns = new Map(shop.campaigns.map((campaign) => [campaign.identifier, campaign]))
  return shop.promotions.filter((promotion) => !promotion.campaign || isRunning(campaigns.get(promotion.campaign), at))
}

/** The discount a promotion gives on a product, as a share of its price (capped). */
export function discountRate(promotion: SimPromotion, product: SimProduct, settings: SimulatorSettings): number {
  if (promotion.target === "items" && promotion.targetCategoryHandles.length > 0) {
    if (!product.categoryHandles.some((handle) => promotion.targetCategoryHandles.includes(handle))) return 0
  }
  const rate =
    promotion.target === "shipping_methods"
      ? 0.08 // free shipping is worth about 8 % of an average basket
      : promotion.discountType === "percentage"
        ? promotion.value / 100
        : promotion.value / settings.averageBasket
  return Math.min(settings.promotionRateCap, Math.max(0, rate))
}

/**
 * The lift an attractive promotion gives: automatic ones are seen by every visitor; codes are
 * advertised, so they count half.
 */
export function promotionLift(promotions: readonly SimPromotion[], product: SimProduct, settings: SimulatorSettings): number {
  let best = 0
  for (const promotion of promotions) {
    const rate = discountRate(promotion, product, settings) * (promotion.automatic ? 1 : 0.5)
    if (rate > best) best = rate
  }
  return 1 + best * settings.promotionSensitivity
}

/** Cheapest price among variants still in stock (or all when none is). */
export function displayPrice(product: SimProduct): number {
  const prices = product.variants.filter((variant) => variant.available !== 0).map((variant) => variant.price)
  const all = prices.length > 0 ? prices : product.variants.map((variant) => variant.price)
  return all.length > 0 ? Math.min(...all) : 0
}

/**
 * Probability that a visitor viewing this product adds it to the cart: falls with a high price,
 * a thin description and out-of-stock variants, rises with an attractive active promotion.
 */
export function addToCartProbability(product: SimProduct, promotions: readonly SimPromotion[], settings: SimulatorSettings): number {
  const price = displayPrice(product)
  if (price <= 0 || product.variants.length === 0) return 0
  const outOfStock = product.variants.filter((variant) => variant.available === 0).length / product.variants.length
  if (outOfStock >= 1) return 0
  const priceFactor = Math.min(1.8, Math.pow(settings.referencePrice / price, settings.priceElasticity))
  const thin = product.description.trim().length < settings.thinDescriptionLength ? settings.thinDescriptionFactor : 1
  const stock = 1 - outOfStock * settings.outOfStockPenalty
  return Math.min(0.9, settings.addToCartBase * priceFactor * thin * stock * promotionLift(promotions, product, settings))
}

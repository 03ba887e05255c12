import { demoShop } from "../demo/demo-shop"
import type { ShopSnapshot } from "./shop"

const DAY_MS = 86_400_000

/**
 * The demo shop as the simulator would read it from Medusa right after `npm run seed` on
 * `today`, with handles and SKUs as ids. For the models' tests and for trying settings without
 * a database.
 */
export function demoShopSnapshot(today: Date): ShopSnapshot {
  const sale = new Map(demoShop.priceLists.flatMap((list) => list.prices.map((price) => [price.sku, price.amount] as const)))
  const products = demoShop.products
    .filter((product) => product.status === "published")
    .map((product) => ({
      id: product.handle,
      handle: product.handle,
      title: product.title,
      description: product.description,
      metadata: product.seo ? { seo_title: product.seo.title, seo_description: product.seo.description } : null,
      categoryHandles: product.categories,
      variants: product.variants.map((variant) => ({
        id: variant.sku,
        sku: variant.sku,
        title: Object.values(variant.options).join(" / "),
        price: sale.get(variant.sku) ?? variant.price,
        available: variant.stock,
      })),
    }))
  const at = (days: number | undefined) => (days === undefined ? null : new Date(today.getTime() + days * DAY_MS))
  return {
    currency: demoShop.currencyCode,
    products,
    categories: demoShop.categories.map((category) => ({
      handle: category.handle,
      name: category.name,
      productIds: products.filter((product) => product.categoryHandles.includes(category.handle)).map((product) => product.id),
    })),
    campaigns: demoShop.campaigns.map((campaign) => ({
      identifier: campaign.identifier,
      name: campaign.name,
      startsAt: at(campaign.startsInDays),
      endsAt: at(campaign.endsInDays),
    })),
    promotions: demoShop.promotions
      .filter((promotion) => promotion.status === "active" && promotion.type === "standard")
      .filter((promotion) => !promotion.rules.some((rule) => rule.on === "customerGroup"))
      .map((promotion) => ({
        code: promotion.code,
        automatic: promotion.automatic,
        discountType: promotion.discount.type,
        value: promotion.discount.value,
        target: promotion.discount.target,
        targetCategoryHandles: promotion.targetRules.filter((rule) => rule.on === "category").flatMap((rule) => rule.in),
        ...(promotion.campaign ? { campaign: promotion.campaign } : {}),
      })),
  }
}

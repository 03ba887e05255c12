import type { DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"

/** Sale price lists, found by title; their prices point at variants by SKU. */
export async function ensurePriceLists(container: MedusaContainer, demo: DemoShop) {
  const pricing = container.resolve(Modules.PRICING)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = new Set((await pricing.listPriceLists({}, { select: ["title"] })).map((list) => list.title))
  const missing = demo.priceLists.filter((list) => !existing.has(list.title))
  if (missing.length === 0) return 0

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: missing.flatMap((list) => list.prices.map((price) => price.sku)) },
  })
  const variantOf = new Map(variants.map((variant) => [variant.sku, variant.id]))
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: missing.map((list) => ({
        title: list.title,
        description: list.description,
        type: PriceListType.SALE,
        status: PriceListStatus.ACTIVE,
        prices: list.prices.map((price) => {
          const variantId = variantOf.get(price.sku)
          if (!variantId) throw new Error(`price list ${list.title}: no variant ${price.sku}`)
          return { variant_id: variantId, currency_code: demo.currencyCode, amount: price.amount }
        }),
      })),
    },
  })
  return missing.length
}

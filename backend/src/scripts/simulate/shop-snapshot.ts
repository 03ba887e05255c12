import { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"

/** Where the simulator's carts are made: the shop's default region and sales channel. */
export interface ShopContext {
  regionId: string
  currencyCode: string
  countryCode: string
  salesChannelId: string
}

export async function readShopContext(container: MedusaContainer): Promise<ShopContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["default_region_id", "default_sales_channel_id"] })
  if (!store?.default_region_id || !store.default_sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The shop has no default region or sales channel: run `npm run seed` first.")
  }
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"], filters: { id: store.default_region_id } })
  return {
    regionId: store.default_region_id,
    currencyCode: region?.currency_code ?? "eur",
    countryCode: region?.countries?.[0]?.iso_2 ?? "fr",
    salesChannelId: store.default_sales_channel_id,
  }
}

type CategoryRow = { id: string; handle: string; name: string }
type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  metadata: Record<string, unknown> | null
  seo?: { meta_title: string | null; meta_description: string | null } | null
  categories?: (CategoryRow | null)[] | null
  collection?: { title?: string | null } | null
  variants?: unknown[] | null
}
type Level = { stocked_quantity?: unknown; reserved_quantity?: unknown } | null
type VariantRow = {
  id: string
  sku: string | null
  title: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  calculated_price?: { calculated_amount?: unknown } | null
  inventory_items?: ({ required_quantity?: unknown; inventory?: { location_levels?: Level[] | null } | null } | null)[] | null
}

/** Units of a variant that can still be sold: the least its inventory items allow. */
function availableUnits(variant: VariantRow): number | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  const items = (variant.inventory_items ?? []).filter((item) => item !== null)
  if (items.length === 0) return 0
  return Math.min(
    ...items.map((item) => {
      const free = (item.inventory?.location_levels ?? []).reduce(
        (sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
        0
      )
      return Math.max(0, Math.floor(free / Math.max(1, Number(item.required_quantity ?? 1))))
    })
  )
}

/**
 * The shop as the market sees it now: published products with their prices in the region
 * (price lists included), free stock, SEO fields; promotions a visitor could use; campaigns.
 * Listed in the order of Medusa's ids, which differ between installs: the market puts them in
 * the order of handles, SKUs and codes (simulator.canonicalShop) before drawing from them.
 */
export async function readShopSnapshot(container: MedusaContainer, shop: ShopContext): Promise<simulator.ShopSnapshot> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "description", "metadata", "seo.meta_title", "seo.meta_description", "categories.id", "categories.handle", "categories.name", "collection.title",
      "variants.id", "variants.sku", "variants.title", "variants.manage_inventory", "variants.allow_backorder",
      "variants.calculated_price.calculated_amount",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { status: "published" },
    context: { variants: { calculated_price: QueryContext({ region_id: shop.regionId, currency_code: shop.currencyCode }) } },
  })
  const categoryNames = new Map<string, { handle: string; name: string; productIds: string[] }>()
  const categoryHandleById = new Map<string, string>()
  const snapshotProducts: simulator.SimProduct[] = []
  for (const product of products as unknown as ProductRow[]) {
    const variants = ((product.variants ?? []) as unknown as VariantRow[])
      .filter((variant) => variant && Number(variant.calculated_price?.calculated_amount ?? 0) > 0)
      .map((variant) => ({
        id: variant.id,
        sku: variant.sku,
        title: variant.title ?? "",
        price: Number(variant.calculated_price?.calculated_amount),
        available: availableUnits(variant),
      }))
    if (variants.length === 0) continue
    const categories = (product.categories ?? []).filter((category): category is CategoryRow => category !== null)
    for (const category of categories) {
      categoryHandleById.set(category.id, category.handle)
      const entry = categoryNames.get(category.handle) ?? { handle: category.handle, name: category.name, productIds: [] }
      entry.productIds.push(product.id)
      categoryNames.set(category.handle, entry)
    }
    snapshotProducts.push({
      id: product.id,
      handle: product.handle,
      title: product.title,
      description: product.description ?? "",
      // The simulator reads SEO fields from `seo_*` metadata keys (seoFieldsOf): they now live in the SEO module.
      metadata: { ...product.metadata, seo_title: product.seo?.meta_title ?? null, seo_description: product.seo?.meta_description ?? null },
      categoryHandles: categories.map((category) => category.handle),
      ...(product.collection?.title ? { collectionTitle: product.collection.title } : {}),
      variants,
    })
  }
  const { promotions, campaigns } = await readPromotions(container, categoryHandleById)
  return { products: snapshotProducts, categories: [...categoryNames.values()], promotions, campaigns, currency: shop.currencyCode }
}

const CATEGORY_ATTRIBUTE = "items.product.categories.id"

/**
 * Active standard promotions a visitor of the default region can use: buy X get Y and
 * promotions limited to a customer group are left to real visitors (the simulator's guests
 * would be refused them).
 */
async function readPromotions(container: MedusaContainer, categoryHandleById: Map<string, string>) {
  const promotionService = container.resolve(Modules.PROMOTION)
  const [promotions, campaigns] = await Promise.all([
    promotionService.listPromotions(
      { status: ["active"] },
      { relations: ["application_method", "application_method.target_rules", "rules", "campaign"], take: 500 }
    ),
    promotionService.listCampaigns({}, { take: 500 }),
  ])
  const simPromotions: simulator.SimPromotion[] = []
  for (const promotion of promotions) {
    const method = promotion.application_method
    if (promotion.type !== "standard" || !method || !promotion.code) continue
    if ((promotion.rules ?? []).some((rule) => (rule.attribute ?? "").startsWith("customer"))) continue
    const targetRules = method.target_rules ?? []
    if (targetRules.some((rule) => rule.attribute !== CATEGORY_ATTRIBUTE)) continue
    simPromotions.push({
      code: promotion.code,
      automatic: Boolean(promotion.is_automatic),
      discountType: method.type === "fixed" ? "fixed" : "percentage",
      value: Number(method.value ?? 0),
      target: method.target_type === "shipping_methods" ? "shipping_methods" : method.target_type === "items" ? "items" : "order",
      targetCategoryHandles: targetRules.flatMap((rule) =>
        (rule.values ?? []).map((value) => categoryHandleById.get(value.value ?? "") ?? "").filter((handle) => handle !== "")
      ),
      ...(promotion.campaign?.campaign_identifier ? { campaign: promotion.campaign.campaign_identifier } : {}),
    })
  }
  const simCampaigns: simulator.SimCampaign[] = campaigns.map((campaign) => ({
    identifier: campaign.campaign_identifier ?? campaign.id,
    name: campaign.name ?? "",
    startsAt: campaign.starts_at ? new Date(campaign.starts_at) : null,
    endsAt: campaign.ends_at ? new Date(campaign.ends_at) : null,
  }))
  return { promotions: simPromotions, campaigns: simCampaigns }
}

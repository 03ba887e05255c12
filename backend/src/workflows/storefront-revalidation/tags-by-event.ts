import {
  buildModuleResourceEventName,
  CommonEvents,
  InventoryEvents,
  InventoryLevelWorkflowEvents,
  Modules,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductCollectionWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
} from "@medusajs/framework/utils"
import { SEO_ENTITY_TYPES, SeoEvents, type SeoEntityType } from "../../modules/seo/constants"
import { STOREFRONT_CACHE_TAGS, type StorefrontCacheTag } from "../../modules/storefront-revalidation/cache-tags"

const { products, collections, categories, regions, storeConfig } = STOREFRONT_CACHE_TAGS
const CHANGES = [CommonEvents.CREATED, CommonEvents.UPDATED, CommonEvents.DELETED] as const

/**
 * Events emitted by a module itself for every row it writes (`<module>.<entity>.<action>`).
 * Price lists, prices, promotions and the store have no workflow event in Medusa 2.21, so
 * these are the only signal that they changed.
 */
function moduleEvents(module: string, entity: string): string[] {
  return CHANGES.map((action) => buildModuleResourceEventName({ prefix: module, objectName: entity, action }))
}

const on = (events: Record<string, string> | string[], tags: StorefrontCacheTag[]) =>
  Object.values(events).map((event) => [event, tags] as const)

/**
 * Which cached storefront data each event makes stale. Prices and stock are part of the
 * product pages (the `products` tag); regions also decide prices and the shop's default region.
 */
export const TAGS_BY_EVENT: ReadonlyMap<string, readonly StorefrontCacheTag[]> = new Map([
  ...on(ProductWorkflowEvents, [products]),
  ...on(ProductVariantWorkflowEvents, [products]),
  // Product pages name their collection and categories; the listings are tagged on their own.
  ...on(ProductCollectionWorkflowEvents, [collections, products]),
  ...on(ProductCategoryWorkflowEvents, [categories, products]),
  ...on(RegionWorkflowEvents, [regions, products, storeConfig]),
  ...on(
    [PricingEvents.PRICE_LIST_CREATED, PricingEvents.PRICE_LIST_UPDATED, PricingEvents.PRICE_LIST_DELETED],
    [products]
  ),
  ...on([PricingEvents.PRICE_CREATED, PricingEvents.PRICE_UPDATED, PricingEvents.PRICE_DELETED], [products]),
  // Stock shown on product pages: the admin's workflows emit the first, orders' reservations only the second.
  ...on(InventoryLevelWorkflowEvents, [products]),
  ...on(
    [InventoryEvents.INVENTORY_LEVEL_CREATED, InventoryEvents.INVENTORY_LEVEL_UPDATED, InventoryEvents.INVENTORY_LEVEL_DELETED],
    [products]
  ),
  // The storefront has no promotion tag yet: active promotions show beside products.
  ...on(moduleEvents(Modules.PROMOTION, "promotion"), [products]),
  ...on(moduleEvents(Modules.STORE, "store"), [storeConfig]),
  // Refined by the item's kind in tagsForEvent; all three when the event does not say it.
  ...on(SeoEvents, [products, collections, categories]),
])

/** SEO fields only show on their item's own pages (its metadata, its image alts). */
const SEO_TAGS: Record<SeoEntityType, StorefrontCacheTag[]> = {
  product: [products],
  collection: [collections],
  category: [categories],
}

function seoEntityType(data: unknown): SeoEntityType | undefined {
  const type = data && typeof data === "object" ? (data as { entity_type?: unknown }).entity_type : undefined
  return SEO_ENTITY_TYPES.find((known) => known === type)
}

export const REVALIDATION_EVENTS = [...TAGS_BY_EVENT.keys()]

export function tagsForEvent(eventName: string, data?: unknown): StorefrontCacheTag[] {
  const seoType = (Object.values(SeoEvents) as string[]).includes(eventName) ? seoEntityType(data) : undefined
  if (seoType) return [...SEO_TAGS[seoType]]
  return [...(TAGS_BY_EVENT.get(eventName) ?? [])]
}

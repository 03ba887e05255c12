import { describe, expect, it } from "vitest"
import { STOREFRONT_CACHE_TAGS } from "../../modules/storefront-revalidation/cache-tags"
import { REVALIDATION_EVENTS, tagsForEvent } from "./tags-by-event"

describe("tagsForEvent", () => {
  it("maps the admin's catalogue events to the storefront's tags", () => {
    expect(tagsForEvent("product.updated")).toEqual(["products"])
    expect(tagsForEvent("product-variant.deleted")).toEqual(["products"])
    expect(tagsForEvent("product-collection.created")).toEqual(["collections", "products"])
    expect(tagsForEvent("product-category.updated")).toEqual(["categories", "products"])
    expect(tagsForEvent("region.updated")).toEqual(["regions", "products", "store-config"])
    expect(tagsForEvent("inventory-level.updated")).toEqual(["products"])
  })

  it("covers the entities that only emit module events", () => {
    expect(tagsForEvent("pricing.price-list.updated")).toEqual(["products"])
    expect(tagsForEvent("pricing.price.created")).toEqual(["products"])
    expect(tagsForEvent("inventory.inventory-level.updated")).toEqual(["products"])
    expect(tagsForEvent("promotion.promotion.created")).toEqual(["products"])
    expect(tagsForEvent("store.store.updated")).toEqual(["store-config"])
  })

  it("refreshes only the pages of the item whose SEO fields changed", () => {
    expect(tagsForEvent("seo_fields.updated", { entity_type: "product", entity_id: "prod_1" })).toEqual(["products"])
    expect(tagsForEvent("seo_fields.deleted", { entity_type: "collection" })).toEqual(["collections"])
    expect(tagsForEvent("seo_fields.updated", { entity_type: "category" })).toEqual(["categories"])
    expect(tagsForEvent("seo_fields.updated")).toEqual(["products", "collections", "categories"])
  })

  it("ignores other events, and only ever names known tags", () => {
    expect(tagsForEvent("order.placed")).toEqual([])
    const known = new Set<string>(Object.values(STOREFRONT_CACHE_TAGS))
    for (const event of REVALIDATION_EVENTS) {
      expect(tagsForEvent(event).every((tag) => known.has(tag)), event).toBe(true)
    }
    expect(new Set(REVALIDATION_EVENTS).size).toBe(REVALIDATION_EVENTS.length)
  })
})

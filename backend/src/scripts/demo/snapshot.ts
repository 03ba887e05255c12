import { assetOfUrl, type ProductSnapshot } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A product as Medusa holds it, in the shape the reset compares, with the ids it needs to act. */
export type StoredProduct = {
  id: string
  handle: string
  metadata: Record<string, unknown>
  /** Whether the product has a record in the SEO module (a demo product without SEO fields has none). */
  hasSeoRecord: boolean
  snapshot: ProductSnapshot
  variants: Array<{ id: string; sku: string; inventoryItemIds: string[] }>
  /** stock at `locationId` by SKU */
  stock: Map<string, number>
}

type Row = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  metadata: Record<string, unknown> | null
  seo: { id: string; meta_title: string | null; meta_description: string | null; focus_keyword: string | null } | null
  collection: { handle: string } | null
  type: { value: string } | null
  categories: Array<{ handle: string } | null> | null
  tags: Array<{ value: string } | null> | null
  images: Array<{ url: string } | null> | null
  options: Array<{ title: string; values: Array<{ value: string } | null> | null } | null> | null
  variants: Array<{
    id: string
    sku: string | null
    title: string
    options: Array<{ value: string; option: { title: string } | null } | null> | null
    prices: Array<{ amount: number; currency_code: string; price_list_id: string | null; rules_count: number } | null> | null
    inventory_items: Array<{
      inventory_item_id: string
      inventory: { location_levels: Array<{ location_id: string; stocked_quantity: number } | null> | null } | null
    } | null> | null
  } | null> | null
}

const present = <T>(items: Array<T | null> | null | undefined): T[] => (items ?? []).filter((item): item is T => item !== null)
const text = (value: unknown) => (typeof value === "string" ? value : "")

/** Every product in Medusa (all of them: the reset must also see those the demo does not define). */
export async function readProducts(
  container: MedusaContainer,
  context: { assets: string[]; currencyCode: string; locationId: string }
): Promise<StoredProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "subtitle", "description", "status", "metadata",
      "seo.id", "seo.meta_title", "seo.meta_description", "seo.focus_keyword",
      "collection.handle", "type.value", "categories.handle", "tags.value", "images.url",
      "options.title", "options.values.value",
      "variants.id", "variants.sku", "variants.title", "variants.options.value", "variants.options.option.title",
      "variants.prices.amount", "variants.prices.currency_code", "variants.prices.price_list_id", "variants.prices.rules_count",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
    ],
  })
  return (data as unknown as Row[]).map((row) => {
    const metadata = row.metadata ?? {}
    const variants = present(row.variants)
    const stock = new Map<string, number>()
    for (const variant of variants) {
      const level = present(variant.inventory_items)
        .flatMap((item) => present(item.inventory?.location_levels))
        .find((candidate) => candidate.location_id === context.locationId)
      if (level && variant.sku) stock.set(variant.sku, level.stocked_quantity)
    }
    const snapshot: ProductSnapshot = {
      title: row.title,
      subtitle: row.subtitle ?? "",
      description: row.description ?? "",
      status: row.status,
      categories: present(row.categories).map((category) => category.handle),
      collection: row.collection?.handle ?? "",
      type: row.type?.value ?? "",
      tags: present(row.tags).map((tag) => tag.value),
      // An image the demo did not upload keeps its URL, so it never matches an asset name.
      images: present(row.images).map((image) => assetOfUrl(image.url, context.assets) ?? image.url),
      seo: { title: text(row.seo?.meta_title), description: text(row.seo?.meta_description), keyword: text(row.seo?.focus_keyword) },
      options: present(row.options).map((option) => ({ title: option.title, values: present(option.values).map((v) => v.value) })),
      variants: variants.map((variant) => ({
        sku: variant.sku ?? "",
        title: variant.title,
        options: Object.fromEntries(present(variant.options).map((value) => [value.option?.title ?? "", value.value])),
        // The base price: in the shop's currency, outside any price list, without rules (region prices...).
        price:
          present(variant.prices).find(
            (price) => price.currency_code === context.currencyCode && !price.price_list_id && Number(price.rules_count ?? 0) === 0
          )?.amount ?? Number.NaN,
      })),
    }
    return {
      id: row.id,
      handle: row.handle,
      metadata,
      hasSeoRecord: Boolean(row.seo),
      snapshot,
      variants: variants.map((variant) => ({
        id: variant.id,
        sku: variant.sku ?? "",
        inventoryItemIds: present(variant.inventory_items).map((item) => item.inventory_item_id),
      })),
      stock,
    }
  })
}

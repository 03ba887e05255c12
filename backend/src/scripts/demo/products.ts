import { assetOfUrl, type ProductDefinition } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureProductsComplete } from "./product-completion"
import { ensureSeoFields } from "./seo-fields"

/** Medusa ids of what products point at, by the names the definitions use. */
export type CatalogueIds = {
  categories: ReadonlyMap<string, string>
  collections: ReadonlyMap<string, string>
  types: ReadonlyMap<string, string>
  tags: ReadonlyMap<string, string>
  /** asset file name → URL of its upload */
  images: ReadonlyMap<string, string>
}

export const emptyCatalogue: CatalogueIds = {
  categories: new Map(),
  collections: new Map(),
  types: new Map(),
  tags: new Map(),
  images: new Map(),
}

/** Where products are sold, shipped from and stocked. */
export type ProductPlacement = { salesChannelId: string; shippingProfileId: string; locationId: string; currencyCode: string }

function idOf(map: ReadonlyMap<string, string>, key: string, what: string, product: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`product ${product}: ${what} "${key}" was not created`)
  return id
}

/** The links and media of a product, as Medusa ids and URLs. */
export function productLinks(product: ProductDefinition, ids: CatalogueIds) {
  const images = product.images.map((asset) => ({ url: idOf(ids.images, asset, "image", product.handle) }))
  return {
    category_ids: product.categories.map((handle) => idOf(ids.categories, handle, "category", product.handle)),
    collection_id: product.collection ? idOf(ids.collections, product.collection, "collection", product.handle) : null,
    type_id: product.type ? idOf(ids.types, product.type, "type", product.handle) : null,
    tag_ids: product.tags.map((value) => idOf(ids.tags, value, "tag", product.handle)),
    images,
    thumbnail: images[0]?.url ?? null,
  }
}

export function productCreateInput(product: ProductDefinition, placement: ProductPlacement, ids: CatalogueIds) {
  const links = productLinks(product, ids)
  return {
    title: product.title,
    subtitle: product.subtitle,
    handle: product.handle,
    description: product.description,
    status: product.status === "draft" ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
    shipping_profile_id: placement.shippingProfileId,
    sales_channels: [{ id: placement.salesChannelId }],
    ...links,
    collection_id: links.collection_id ?? undefined,
    type_id: links.type_id ?? undefined,
    thumbnail: links.thumbnail ?? undefined,
    options: product.options,
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      options: variant.options,
      manage_inventory: true,
      prices: [{ currency_code: placement.currencyCode, amount: variant.price }],
    })),
  }
}

type ExistingProduct = {
  id: string
  handle: string
  collection_id: string | null
  type_id: string | null
  categories: Array<{ id: string } | null> | null
  tags: Array<{ id: string } | null> | null
  images: Array<{ url: string } | null> | null
}

/**
 * What an existing product lacks of its definition (links, images), never what a
 * student changed: a shop made by the first `npm start` gains the demo's categories and images,
 * and a second run finds nothing to add. Putting changed values back is the reset's job.
 */
function completion(product: ProductDefinition, existing: ExistingProduct, ids: CatalogueIds) {
  const links = productLinks(product, ids)
  const update: Record<string, unknown> = {}
  if (links.category_ids.length > 0 && (existing.categories ?? []).length === 0) update.category_ids = links.category_ids
  if (links.collection_id && !existing.collection_id) update.collection_id = links.collection_id
  if (links.type_id && !existing.type_id) update.type_id = links.type_id
  if (links.tag_ids.length > 0 && (existing.tags ?? []).length === 0) update.tag_ids = links.tag_ids
  const urls = (existing.images ?? []).flatMap((image) => (image ? [image.url] : []))
  const assets = [...ids.images.keys()]
  const expected = links.images.map((image) => image.url)
  // Only images the demo put there are replaced (say, re-uploaded after the uploads folder was emptied).
  if (expected.some((url) => !urls.includes(url)) && urls.every((url) => assetOfUrl(url, assets) !== undefined)) {
    update.images = links.images
    update.thumbnail = links.thumbnail
  }
  return update
}

/**
 * Creates the products that do not exist (by handle), completes those that do (links, images,
 * and what a killed run left out: variants, prices, inventory items), gives every variant its
 * stock level in the warehouse and every product its SEO fields (SEO module) —
 * also after a run stopped between the steps.
 */
export async function ensureProducts(
  container: MedusaContainer,
  placement: ProductPlacement,
  products: ProductDefinition[],
  ids: CatalogueIds = emptyCatalogue
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (products.length === 0) return { created: 0, completed: 0, repaired: await ensureProductsComplete(container, placement, []) }

  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "collection_id", "type_id", "categories.id", "tags.id", "images.url"],
    filters: { handle: products.map((product) => product.handle) },
  })
  const existing = new Map((data as ExistingProduct[]).map((product) => [product.handle, product]))

  const missing = products.filter((product) => !existing.has(product.handle))
  if (missing.length > 0) {
    await createProductsWorkflow(container).run({
      input: { products: missing.map((product) => productCreateInput(product, placement, ids)) },
    })
    logger.info(`${missing.length} product(s) created`)
  }

  let completed = 0
  for (const product of products) {
    const found = existing.get(product.handle)
    if (!found) continue
    const update = completion(product, found, ids)
    if (Object.keys(update).length === 0) continue
    await updateProductsWorkflow(container).run({ input: { selector: { id: found.id }, update } })
    completed += 1
  }
  if (completed > 0) logger.info(`${completed} existing product(s) completed`)

  const repaired = await ensureProductsComplete(container, placement, products)
  if (Object.values(repaired).some((count) => count > 0)) logger.info(`products left incomplete by an interrupted run, repaired: ${JSON.stringify(repaired)}`)
  await ensureStockLevels(container, placement.locationId, products)
  const seoFields = await ensureSeoFields(container, products)
  if (seoFields > 0) logger.info(`${seoFields} product(s) given their SEO fields`)
  return { created: missing.length, completed, repaired }
}

/** Creates the missing inventory levels at the warehouse, with the stock the definition gives. */
export async function ensureStockLevels(container: MedusaContainer, locationId: string, products: ProductDefinition[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  type Row = {
    sku: string | null
    inventory_items: Array<{ inventory_item_id: string; inventory: { location_levels: Array<{ location_id: string } | null> | null } | null } | null> | null
  }
  const levels = (variants as unknown as Row[]).flatMap((variant) =>
    (variant.inventory_items ?? []).flatMap((item) => {
      if (!item) return []
      const stocked = (item.inventory?.location_levels ?? []).some((level) => level?.location_id === locationId)
      return stocked
        ? []
        : [{ location_id: locationId, inventory_item_id: item.inventory_item_id, stocked_quantity: stockBySku.get(variant.sku ?? "") ?? 0 }]
    })
  )
  if (levels.length > 0) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  return levels.length
}

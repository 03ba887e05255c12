import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { SeoEntityType } from "../../modules/seo"

/** A catalogue item that carries SEO fields, in one shape whatever Medusa calls its parts. */
export type CatalogueItem = {
  entity_type: SeoEntityType
  id: string
  title: string
  handle: string
  /** The item's own description (HTML for products); categories have one, collections none. */
  description: string | null
  /** Product images in their order; none for collections and categories. */
  images: Array<{ id: string; url: string }>
}

type ItemRow = {
  id: string
  title?: string | null
  name?: string | null
  handle?: string | null
  description?: string | null
  images?: Array<{ id: string; url: string } | null> | null
}

/** Where each kind of item lives in Medusa's graph and which of its fields we read. */
const SOURCES: Record<SeoEntityType, { entity: string; fields: string[] }> = {
  product: { entity: "product", fields: ["id", "title", "handle", "description", "images.id", "images.url"] },
  collection: { entity: "product_collection", fields: ["id", "title", "handle"] },
  category: { entity: "product_category", fields: ["id", "name", "handle", "description"] },
}

function toItem(entityType: SeoEntityType, row: ItemRow): CatalogueItem {
  return {
    entity_type: entityType,
    id: row.id,
    title: row.title ?? row.name ?? "",
    handle: row.handle ?? "",
    description: row.description ?? null,
    images: (row.images ?? []).flatMap((image) => (image ? [{ id: image.id, url: image.url }] : [])),
  }
}

/**
 * The items of one kind: all of them, or those with the given ids, or with the given handles
 * (an empty list returns nothing). Products of every status: SEO fields are prepared before
 * a product is published.
 */
export async function readCatalogueItems(
  query: Omit<RemoteQueryFunction, symbol>,
  entityType: SeoEntityType,
  filter?: { id: string[] } | { handle: string[] }
): Promise<CatalogueItem[]> {
  if (filter && Object.values(filter).every((values: string[]) => values.length === 0)) return []
  const { entity, fields } = SOURCES[entityType]
  const { data } = await query.graph({ entity, fields, filters: filter ?? {} })
  return (data as ItemRow[]).map((row) => toItem(entityType, row))
}

/** The linked SEO record's fields as Query reads them through the `seo` link alias. */
export const SEO_GRAPH_FIELDS = [
  "seo.id",
  "seo.entity_type",
  "seo.entity_id",
  "seo.meta_title",
  "seo.meta_description",
  "seo.focus_keyword",
  "seo.canonical_url",
  "seo.noindex",
  "seo.social_image_url",
  "seo.image_alts",
  "seo.updated_at",
]

export const GRAPH_ENTITY: Record<SeoEntityType, string> = {
  product: SOURCES.product.entity,
  collection: SOURCES.collection.entity,
  category: SOURCES.category.entity,
}

import "server-only";

import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { type ProductDetail, type ProductSummary, toProductDetail, toProductSummary } from "@/lib/catalogue";
import { SEO_FIELDS_QUERY } from "@/lib/seo-fields";
import { getDisplayRegionId } from "./regions";
import { cachedStoreGet } from "./store-api";

/**
 * What a listing, the search and the sitemap need of every product, and no
 * more: the whole catalogue is read in a few cached pages, so a category,
 * a search or a sort never costs a backend call of its own.
 */
const SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "created_at",
  "updated_at",
  "collection_id",
  "metadata",
  "images.url",
  // `categories.id` alone is dropped by the Store API's field filter: the relation must be starred.
  "*categories",
  "variants.id",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_quantity",
  // The SEO module's record (noindex keeps a product out of the sitemap).
  SEO_FIELDS_QUERY,
].join(",");

/** A product page: Medusa's defaults (variants, options, images, collection) plus the same extras. */
const DETAIL_FIELDS = `+metadata,*categories,+variants.inventory_quantity,${SEO_FIELDS_QUERY}`;

/** Products per backend page: each page is one cache entry, well under Next's 2 MB limit. */
const CATALOGUE_PAGE_SIZE = 100;
/** Far above a class shop; past it the listings show the newest products only. */
const MAX_CATALOGUE_PRODUCTS = 2_000;

async function pricingQuery(fields: string): Promise<{ region_id?: string; fields: string }> {
  const regionId = await getDisplayRegionId();
  // Without a region the backend cannot price, so products come without prices.
  return regionId
    ? { region_id: regionId, fields: `${fields},*variants.calculated_price` }
    : { fields };
}

/** Every published product of the shop's sales channel, newest first, priced in the display region. */
export const listCatalogue = cache(async (): Promise<ProductSummary[]> => {
  const base = await pricingQuery(SUMMARY_FIELDS);
  const products: ProductSummary[] = [];
  for (let offset = 0; offset < MAX_CATALOGUE_PRODUCTS; offset += CATALOGUE_PAGE_SIZE) {
    const query = {
      ...base,
      limit: CATALOGUE_PAGE_SIZE,
      offset,
      order: "-created_at",
    } satisfies HttpTypes.StoreProductListParams;
    const page = await cachedStoreGet<HttpTypes.StoreProductListResponse>("/store/products", {
      query,
      tags: [CACHE_TAGS.products],
    });
    products.push(...page.products.map(toProductSummary));
    if (page.products.length < CATALOGUE_PAGE_SIZE || products.length >= page.count) break;
  }
  return products;
});

/** One published product by its handle (its URL slug), or `null` if there is none. */
export const getProductByHandle = cache(async (handle: string): Promise<ProductDetail | null> => {
  const query = {
    ...(await pricingQuery(DETAIL_FIELDS)),
    handle,
    limit: 1,
  } satisfies HttpTypes.StoreProductListParams;
  const { products } = await cachedStoreGet<HttpTypes.StoreProductListResponse>("/store/products", {
    query,
    tags: [CACHE_TAGS.products],
  });
  const [product] = products;
  return product ? toProductDetail(product) : null;
});

import "server-only";

import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache-tags";
import {
  type ProductDetail,
  type ProductSummary,
  toProductDetail,
  toProductSummary,
} from "@/lib/catalogue";
import { getDisplayRegionId } from "./regions";
import { cachedStoreGet } from "./store-api";

/** `calculated_price` is only computed when asked for, and needs a region to price in. */
const PRICED_PRODUCT_FIELDS = "*variants.calculated_price";

/** Enough for the home page of a class shop; paging comes with the catalogue pages. */
const HOME_PRODUCT_LIMIT = 24;

async function pricingQuery(): Promise<{ region_id?: string; fields?: string }> {
  const regionId = await getDisplayRegionId();
  // Without a region the backend cannot price, so products are listed without prices.
  return regionId ? { region_id: regionId, fields: PRICED_PRODUCT_FIELDS } : {};
}

/** The shop's published products, newest first, priced in the display region. */
export const listProducts = cache(
  async (limit: number = HOME_PRODUCT_LIMIT): Promise<{ products: ProductSummary[]; count: number }> => {
    const query = {
      ...(await pricingQuery()),
      limit,
      order: "-created_at",
    } satisfies HttpTypes.StoreProductListParams;
    const { products, count } = await cachedStoreGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      { query, tags: [CACHE_TAGS.products] },
    );
    return { products: products.map(toProductSummary), count };
  },
);

/** One published product by its handle (its URL slug), or `null` if there is none. */
export const getProductByHandle = cache(async (handle: string): Promise<ProductDetail | null> => {
  const query = {
    ...(await pricingQuery()),
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

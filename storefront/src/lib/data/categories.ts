import "server-only";

import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { type Category, type Collection, toCategory, toCollection } from "@/lib/categories";
import { SEO_FIELDS_QUERY } from "@/lib/seo-fields";
import { cachedStoreGet } from "./store-api";

/** Far more than a shop's menu holds; the Store API pages by 50 otherwise. */
const MAX_GROUPS = 1_000;

const CATEGORY_FIELDS = `id,name,handle,description,rank,parent_category_id,updated_at,metadata,${SEO_FIELDS_QUERY}`;
const COLLECTION_FIELDS = `id,title,handle,updated_at,metadata,${SEO_FIELDS_QUERY}`;

/**
 * All public categories in one cached read: the header menu, category pages,
 * breadcrumbs and the sitemap all derive from it (the tree is built here, not
 * by asking the backend again).
 */
export const listCategories = cache(async (): Promise<Category[]> => {
  const { product_categories } = await cachedStoreGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { query: { fields: CATEGORY_FIELDS, limit: MAX_GROUPS }, tags: [CACHE_TAGS.categories] },
  );
  return product_categories.map(toCategory);
});

/** All collections in one cached read. */
export const listCollections = cache(async (): Promise<Collection[]> => {
  const { collections } = await cachedStoreGet<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: COLLECTION_FIELDS, limit: MAX_GROUPS },
    tags: [CACHE_TAGS.collections],
  });
  return collections.map(toCollection);
});

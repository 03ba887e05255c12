/**
 * The storefront's cache tags (`storefront/src/lib/cache-tags.ts`, `CACHE_TAGS`): the webhook
 * revalidates exactly these strings, so both lists must name the same tags.
 * `cache-tags.test.ts` compares them.
 */
export const STOREFRONT_CACHE_TAGS = {
  products: "products",
  collections: "collections",
  categories: "categories",
  regions: "regions",
  storeConfig: "store-config",
} as const

export type StorefrontCacheTag = (typeof STOREFRONT_CACHE_TAGS)[keyof typeof STOREFRONT_CACHE_TAGS]

/** The storefront's validator accepts at most this many tags per request (`revalidateBody`). */
export const MAX_TAGS_PER_REQUEST = 64

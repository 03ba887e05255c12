/**
 * Tags attached to every cached backend read. The backend's revalidation
 * webhook (POST /api/revalidate) sends these same strings, so a change in the
 * admin reaches the shop without waiting for the time-based expiry below.
 */
export const CACHE_TAGS = {
  /** Product list and product pages (titles, prices, images, stock). */
  products: "products",
  /** Collections and the products they group. */
  collections: "collections",
  /** Product categories. */
  categories: "categories",
  /** Regions, their currencies and countries (used to compute prices). */
  regions: "regions",
  /** The shop's public settings: name, default region (`/comptoir/storefront-config`). */
  storeConfig: "store-config",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

/**
 * Safety net when a webhook is lost: cached backend reads expire after this
 * many seconds even if nobody revalidates them.
 */
export const CACHE_REVALIDATE_SECONDS = 300;

import "server-only";

import type { HttpTypes } from "@medusajs/types";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { pickRegionForCountry } from "@/lib/region";
import { cachedStoreGet } from "./store-api";
import { getStorefrontConfig } from "./storefront-config";

/**
 * The region whose prices the shop displays: the backend's default region,
 * otherwise the one selling to the shop's country. `null` if no region exists yet.
 */
export const getDisplayRegionId = cache(async (): Promise<string | null> => {
  const config = await getStorefrontConfig();
  if (config.defaultRegionId) return config.defaultRegionId;

  const { regions } = await cachedStoreGet<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,currency_code,*countries", limit: 100 },
    tags: [CACHE_TAGS.regions],
  });
  return pickRegionForCountry(regions, config.defaultCountryCode)?.id ?? null;
});

import "server-only";

import type { HttpTypes } from "@medusajs/types";
import { cookies } from "next/headers";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { COUNTRY_COOKIE, parseCountryCode, type RegionChoice, regionForCountry, toRegionChoice } from "@/lib/country";
import { pickRegionForCountry } from "@/lib/region";
import { cachedStoreGet } from "./store-api";
import { getStorefrontConfig } from "./storefront-config";

/** Every region of the shop with its currency and countries, cached like the catalogue. */
export const listRegions = cache(async (): Promise<HttpTypes.StoreRegion[]> => {
  const { regions } = await cachedStoreGet<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 100 },
    tags: [CACHE_TAGS.regions],
  });
  return regions;
});

export const listRegionChoices = cache(async (): Promise<RegionChoice[]> => (await listRegions()).map(toRegionChoice));

/** The country the visitor chose in the selector, when a region still sells to it. */
export const getChosenCountry = cache(async (): Promise<{ code: string; regionId: string } | null> => {
  const code = parseCountryCode((await cookies()).get(COUNTRY_COOKIE)?.value);
  if (!code) return null;
  const region = regionForCountry(await listRegionChoices(), code);
  return region ? { code, regionId: region.id } : null;
});

/** The backend's default region, otherwise the one selling to the shop's country. */
export const getDefaultRegionId = cache(async (): Promise<string | null> => {
  const config = await getStorefrontConfig();
  if (config.defaultRegionId) return config.defaultRegionId;
  return pickRegionForCountry(await listRegions(), config.defaultCountryCode)?.id ?? null;
});

/**
 * The region whose prices the shop displays: the one of the country the
 * visitor chose, else the default one. `null` if no region exists yet.
 */
export const getDisplayRegionId = cache(async (): Promise<string | null> => {
  const chosen = await getChosenCountry();
  return chosen?.regionId ?? (await getDefaultRegionId());
});

/** The country shown in the selector: the visitor's choice, else the shop's own country. */
export const getDisplayCountryCode = cache(async (): Promise<string> => {
  const chosen = await getChosenCountry();
  return chosen?.code ?? (await getStorefrontConfig()).defaultCountryCode;
});

import "server-only";

import { cache } from "react";
import { z } from "zod";
import { CACHE_REVALIDATE_SECONDS, CACHE_TAGS } from "@/lib/cache-tags";
import { BackendUnavailableError, isBackendUnavailable } from "./errors";
import { backendGet } from "./sdk";

/** Public route written by the backend for the storefront: no key needed, no secret returned. */
const STOREFRONT_CONFIG_PATH = "/comptoir/storefront-config";

const storefrontConfigResponse = z.object({
  publishable_key: z.string().min(1).max(200),
  default_region_id: z.string().min(1).max(200).nullable(),
  default_country_code: z.string().min(2).max(2),
  shop_name: z.string().max(200),
});

export type StorefrontConfig = {
  publishableKey: string;
  /** Region whose prices the shop shows; `null` when the backend has not chosen one. */
  defaultRegionId: string | null;
  /** ISO 3166-1 alpha-2, lowercase (`"fr"`). */
  defaultCountryCode: string;
  shopName: string;
};

type CacheOptions =
  | { cache: "force-cache"; next: { tags: string[]; revalidate: number } }
  | { cache: "no-store" };

async function requestStorefrontConfig(options: CacheOptions): Promise<StorefrontConfig> {
  const body = await backendGet<unknown>(STOREFRONT_CONFIG_PATH, options);
  const parsed = storefrontConfigResponse.safeParse(body);
  if (!parsed.success) {
    throw new BackendUnavailableError(
      `Unexpected answer from ${STOREFRONT_CONFIG_PATH}: ${z.prettifyError(parsed.error)}`,
    );
  }
  return {
    publishableKey: parsed.data.publishable_key,
    defaultRegionId: parsed.data.default_region_id,
    defaultCountryCode: parsed.data.default_country_code.toLowerCase(),
    shopName: parsed.data.shop_name.trim(),
  };
}

/**
 * Shop name and default region, cached like catalogue data so that a page view
 * does not reach the backend; the `store-config` tag refreshes it on change.
 */
export const getStorefrontConfig = cache(() =>
  requestStorefrontConfig({
    cache: "force-cache",
    next: { tags: [CACHE_TAGS.storeConfig], revalidate: CACHE_REVALIDATE_SECONDS },
  }),
);

/**
 * Bypasses the data cache: used only to (re)learn the publishable key, which is
 * memoised in memory, so a reseeded backend's new key is picked up at once.
 */
export function fetchFreshStorefrontConfig(): Promise<StorefrontConfig> {
  return requestStorefrontConfig({ cache: "no-store" });
}

/** The shop's name, or `null` when the backend cannot tell (callers show a default). */
export async function getShopName(): Promise<string | null> {
  try {
    const { shopName } = await getStorefrontConfig();
    return shopName.length > 0 ? shopName : null;
  } catch (error) {
    if (isBackendUnavailable(error)) return null;
    throw error;
  }
}

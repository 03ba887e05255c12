import "server-only";

import { CACHE_REVALIDATE_SECONDS, type CacheTag } from "@/lib/cache-tags";
import { isBackendUnavailable } from "./errors";
import { forgetPublishableKey, getPublishableKey } from "./publishable-key";
import { backendGet } from "./sdk";

const PUBLISHABLE_KEY_HEADER = "x-publishable-api-key";

/** Statuses with which the Store API refuses a missing, revoked or unknown publishable key. */
const KEY_REFUSED_STATUSES = new Set([400, 401, 403]);

/**
 * A cached Store API read: served from Next's data cache until `CACHE_REVALIDATE_SECONDS`
 * pass or one of `tags` is revalidated, so page views do not each hit the backend.
 */
export async function cachedStoreGet<T>(
  path: `/store/${string}`,
  { query, tags }: { query?: Record<string, unknown>; tags: readonly CacheTag[] },
): Promise<T> {
  const publishableKey = await getPublishableKey();
  try {
    return await backendGet<T>(path, {
      query,
      headers: { [PUBLISHABLE_KEY_HEADER]: publishableKey },
      cache: "force-cache",
      next: { tags: [...tags], revalidate: CACHE_REVALIDATE_SECONDS },
    });
  } catch (error) {
    const keyRefused =
      isBackendUnavailable(error) && error.status !== null && KEY_REFUSED_STATUSES.has(error.status);
    if (keyRefused) forgetPublishableKey();
    throw error;
  }
}

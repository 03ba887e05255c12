import "server-only";

import { isBackendUnavailable } from "./errors";
import { fetchFreshStorefrontConfig } from "./storefront-config";

const ATTEMPTS = 2;
const RETRY_DELAY_MS = 300;

let pendingKey: Promise<string> | null = null;

async function fetchPublishableKey(): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      return (await fetchFreshStorefrontConfig()).publishableKey;
    } catch (error) {
      // Only a backend failure is worth retrying (a backend still starting up);
      // anything else, such as Next's own render signals, goes straight through.
      if (!isBackendUnavailable(error)) throw error;
      lastError = error;
      if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
  throw lastError;
}

/**
 * The Store API key: `MEDUSA_PUBLISHABLE_KEY` when set, otherwise asked once
 * from the backend and kept for the life of the process, so nobody ever copies
 * a key by hand. A failed lookup is forgotten, so the next request tries again.
 */
export function getPublishableKey(): Promise<string> {
  const configured = process.env.MEDUSA_PUBLISHABLE_KEY?.trim();
  if (configured) return Promise.resolve(configured);

  pendingKey ??= fetchPublishableKey().catch((error: unknown) => {
    pendingKey = null;
    throw error;
  });
  return pendingKey;
}

/** Drops the memoised key, e.g. after the backend refused it because the shop was reseeded. */
export function forgetPublishableKey(): void {
  pendingKey = null;
}

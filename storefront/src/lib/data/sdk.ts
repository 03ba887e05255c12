import "server-only";

import Medusa, { type FetchArgs } from "@medusajs/js-sdk";
import { connection } from "next/server";
import { getMedusaBackendUrl } from "@/lib/backend-url";
import { toBackendUnavailable } from "./errors";

/** A page must not hang on a stuck backend: after this, it shows the "unavailable" message. */
const BACKEND_TIMEOUT_MS = 8_000;

/**
 * The storefront's only Medusa client. It serves every visitor at once, so it
 * must never remember a customer's token: per-visitor credentials are passed
 * as headers on each call.
 */
export const sdk = new Medusa({
  baseUrl: getMedusaBackendUrl(),
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
});

/** GET a backend path through the client, turning every failure into a `BackendUnavailableError`. */
export async function backendGet<T>(
  path: string,
  init: Pick<FetchArgs, "query" | "headers" | "cache" | "next"> = {},
): Promise<T> {
  // Backend reads belong to a visitor's request, never to `next build`: the
  // shop must build while the backend is stopped.
  await connection();
  try {
    return await sdk.client.fetch<T>(path, {
      ...init,
      method: "GET",
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    });
  } catch (error) {
    throw toBackendUnavailable(path, error);
  }
}

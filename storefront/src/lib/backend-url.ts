/** Where the Medusa backend answers when nothing else is configured (`npm start` on one machine). */
export const DEFAULT_MEDUSA_BACKEND_URL = "http://localhost:9000";

/**
 * The backend's base URL from `MEDUSA_BACKEND_URL`, without a trailing slash.
 * Read by the server only: the browser never calls the backend directly
 * (images go through the storefront's optimiser, analytics through `/ingest`).
 */
export function getMedusaBackendUrl(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const configured = env.MEDUSA_BACKEND_URL?.trim();
  const url = configured && configured.length > 0 ? configured : DEFAULT_MEDUSA_BACKEND_URL;
  return url.replace(/\/+$/, "");
}

/** True when `src` is served by the backend itself, e.g. an upload under `/static/`. */
export function isBackendUrl(src: string, backendUrl: string = getMedusaBackendUrl()): boolean {
  try {
    return new URL(src).origin === new URL(backendUrl).origin;
  } catch {
    return false;
  }
}

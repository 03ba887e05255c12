/**
 * The shop's public address, for canonical links and social previews, from
 * `STOREFRONT_URL`; by default the local address `next start` listens on.
 * A malformed value falls back to that default rather than break every page.
 */
export function getStorefrontUrl(env: Readonly<Record<string, string | undefined>> = process.env): URL {
  const fallback = new URL(`http://localhost:${env.PORT || "3000"}`);
  const configured = env.STOREFRONT_URL?.trim();
  if (!configured) return fallback;
  try {
    return new URL(configured);
  } catch {
    return fallback;
  }
}

/** The three pages Lighthouse audits, as URLs on the shop being measured. */
export type BenchPages = {
  home: string;
  category: string;
  product: string;
};

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

/** The `<loc>` values of a sitemap, in document order, with XML entities decoded. */
export function sitemapLocations(sitemapXml: string): string[] {
  return [...sitemapXml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? "").replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity),
  );
}

/**
 * Picks the home page, the first category and the first product of the sitemap. The sitemap
 * names the shop's public address (STOREFRONT_URL), which may not be the one being measured:
 * only each page's path is kept, on `baseUrl`.
 */
export function pickBenchPages(sitemapXml: string, baseUrl: string): BenchPages | { missing: string[] } {
  const paths = sitemapLocations(sitemapXml).flatMap((location) => {
    try {
      const url = new URL(location);
      return [`${url.pathname}${url.search}`];
    } catch {
      return [];
    }
  });
  const category = paths.find((path) => path.startsWith("/categories/"));
  const product = paths.find((path) => path.startsWith("/produits/"));
  const missing = [...(category ? [] : ["category (/categories/…)"]), ...(product ? [] : ["product (/produits/…)"])];
  if (!category || !product) return { missing };
  const on = (path: string) => new URL(path, baseUrl).href;
  return { home: on("/"), category: on(category), product: on(product) };
}

import type { MetadataRoute } from "next";
import { listCategories, listCollections } from "@/lib/data/categories";
import { isBackendUnavailable } from "@/lib/data/errors";
import { listCatalogue } from "@/lib/data/products";
import { buildSitemap } from "@/lib/sitemap";
import { getStorefrontUrl } from "@/lib/site-url";

/**
 * `/sitemap.xml`, from the same cached reads as the pages: it changes as soon as
 * a product, category or collection does (tag revalidation), without a rebuild.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const baseUrl = getStorefrontUrl();
  try {
    const [products, categories, collections] = await Promise.all([listCatalogue(), listCategories(), listCollections()]);
    return buildSitemap({ baseUrl, products, categories, collections });
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    // Better a short sitemap than an error page: crawlers come back, and the shop's own pages stay listed.
    console.warn(`[storefront] sitemap without catalogue: ${error.message}`);
    return buildSitemap({ baseUrl, products: [], categories: [], collections: [] });
  }
}

import type { MetadataRoute } from "next";
import type { ProductSummary } from "./catalogue";
import type { Category, Collection } from "./categories";
import { categoryPath, collectionPath, LEGAL_PATHS, productPath } from "./routes";

export type SitemapInput = {
  baseUrl: URL;
  products: readonly ProductSummary[];
  categories: readonly Category[];
  collections: readonly Collection[];
};

function validDate(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function latest(values: readonly string[]): string | undefined {
  const times = values.map((value) => Date.parse(value)).filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : undefined;
}

/**
 * Every page a search engine should index, with the date it last changed:
 * the home page, each published product, category and collection, and the
 * legal pages. Items a student marked noindex are left out (their pages say
 * noindex too). Search results and filtered listings are never listed.
 */
export function buildSitemap({ baseUrl, products, categories, collections }: SitemapInput): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, baseUrl).href;
  const indexedProducts = products.filter((product) => !product.seo.noindex);
  const catalogueChanged = latest([
    ...indexedProducts.map((product) => product.updatedAt),
    ...categories.map((category) => category.updatedAt),
    ...collections.map((collection) => collection.updatedAt),
  ]);

  return [
    { url: url("/"), lastModified: catalogueChanged },
    ...categories
      .filter((category) => !category.seo.noindex)
      .map((category) => ({ url: url(categoryPath(category.handle)), lastModified: validDate(category.updatedAt) })),
    ...collections
      .filter((collection) => !collection.seo.noindex)
      .map((collection) => ({ url: url(collectionPath(collection.handle)), lastModified: validDate(collection.updatedAt) })),
    ...indexedProducts.map((product) => ({
      url: url(productPath(product.handle)),
      lastModified: validDate(product.updatedAt),
    })),
    ...Object.values(LEGAL_PATHS).map((path) => ({ url: url(path) })),
  ];
}

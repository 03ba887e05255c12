import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { Pagination } from "@/components/listing/pagination";
import { ProductGrid } from "@/components/product-grid";
import { SearchForm } from "@/components/search-form";
import { TrackEvent } from "@/components/track-event";
import { searchPerformedEvent } from "@/lib/analytics/page-events";
import type { ProductSummary } from "@/lib/catalogue";
import { listCategories, listCollections } from "@/lib/data/categories";
import { isBackendUnavailable } from "@/lib/data/errors";
import { listCatalogue } from "@/lib/data/products";
import { LISTING_PAGE_SIZE, parseListingQuery } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { categoryPath, SEARCH_PATH, searchPath } from "@/lib/routes";
import { cleanQuery, SEARCH_PARAM, searchProducts } from "@/lib/search";
import { getDisplayShopName } from "@/lib/shop-name";

/** Shown when nothing matches: products that can be bought right now, newest first. */
const SUGGESTION_COUNT = 4;

type SearchPageProps = PageProps<"/recherche">;

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const [params, t, shopName] = await Promise.all([searchParams, getTranslations("Search"), getDisplayShopName()]);
  const query = cleanQuery(params[SEARCH_PARAM]);
  return pageMetadata({
    title: query ? t("titleWithQuery", { query }) : t("title"),
    description: t("metaDescription", { shopName }),
    path: SEARCH_PATH,
    shopName,
    // Result pages are endless variations of the catalogue: search engines should index the products.
    noindex: true,
  });
}

async function loadSearch(query: string) {
  try {
    const [catalogue, categories, collections] = await Promise.all([listCatalogue(), listCategories(), listCollections()]);
    const names = new Map<string, string>([
      ...categories.map((category) => [category.id, category.name] as const),
      ...collections.map((collection) => [collection.id, collection.title] as const),
    ]);
    const groupNames = (product: ProductSummary) =>
      [...product.categoryIds, product.collectionId ?? ""].flatMap((id) => names.get(id) ?? []);
    const results = query ? searchProducts(catalogue, query, { groupNames }) : [];
    const suggestions = catalogue.filter((product) => product.stock.state !== "out_of_stock").slice(0, SUGGESTION_COUNT);
    const topCategories = categories.filter((category) => category.parentId === null);
    return { results, suggestions, topCategories };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] search unavailable: ${error.message}`);
    return null;
  }
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const [params, t] = await Promise.all([searchParams, getTranslations("Search")]);
  const query = cleanQuery(params[SEARCH_PARAM]);
  const { page } = parseListingQuery(params);
  const data = await loadSearch(query);
  if (!data) return <BackendUnavailable retryHref={query ? searchPath(query) : SEARCH_PATH} />;

  const { results, suggestions, topCategories } = data;
  const pageCount = Math.max(1, Math.ceil(results.length / LISTING_PAGE_SIZE));
  if (page > pageCount) notFound();
  const items = results.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE);

  return (
    <>
      {query && (
        <TrackEvent event={searchPerformedEvent(query, results.length)} />
      )}
      <header className="mb-8 space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">
          {query ? t("titleWithQuery", { query }) : t("title")}
        </h1>
        <SearchForm defaultValue={query} idPrefix="page" />
        {query && (
          <p role="status" className="text-lg text-muted">
            {t("resultCount", { count: results.length, query })}
          </p>
        )}
      </header>

      {results.length > 0 ? (
        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="sr-only">
            {t("resultsHeading")}
          </h2>
          <ProductGrid products={items} />
          <Pagination
            basePath={searchPath(query)}
            query={{ sort: "nouveautes", minPrice: null, maxPrice: null, inStockOnly: false, page }}
            pageCount={pageCount}
          />
        </section>
      ) : (
        <div className="space-y-10">
          {query && (
            <section aria-labelledby="search-help-title" className="rounded-lg border border-line bg-surface p-6">
              <h2 id="search-help-title" className="text-lg font-semibold">
                {t("noResultTitle")}
              </h2>
              <ul className="mt-3 list-disc space-y-1 pl-6">
                <li>{t("tipSpelling")}</li>
                <li>{t("tipFewerWords")}</li>
                <li>{t("tipGeneral")}</li>
              </ul>
            </section>
          )}
          {topCategories.length > 0 && (
            <nav aria-labelledby="search-categories-title">
              <h2 id="search-categories-title" className="mb-4 text-xl font-semibold">
                {t("browseCategories")}
              </h2>
              <ul className="flex flex-wrap gap-2">
                {topCategories.map((category) => (
                  <li key={category.id}>
                    <Link
                      href={categoryPath(category.handle)}
                      className="inline-block rounded-full border border-line px-4 py-1.5 no-underline hover:border-brand hover:text-brand"
                    >
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {suggestions.length > 0 && (
            <section aria-labelledby="search-suggestions-title">
              <h2 id="search-suggestions-title" className="mb-4 text-xl font-semibold">
                {t("suggestions")}
              </h2>
              <ProductGrid products={suggestions} />
            </section>
          )}
        </div>
      )}
    </>
  );
}

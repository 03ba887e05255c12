import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { ListingPageView } from "@/components/listing/listing-page";
import { productListViewedEvent } from "@/lib/analytics/page-events";
import { categoryAncestors, categoryWithDescendants, childCategories } from "@/lib/categories";
import { listCategories } from "@/lib/data/categories";
import { isBackendUnavailable } from "@/lib/data/errors";
import { listCatalogue } from "@/lib/data/products";
import {
  applyListing,
  canonicalListingPath,
  hasRefinements,
  isPageOutOfRange,
  parseListingQuery,
} from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { categoryPath } from "@/lib/routes";
import { toMetaDescription } from "@/lib/seo";
import { getDisplayShopName } from "@/lib/shop-name";

const MAX_HANDLE_LENGTH = 200;

type CategoryPageProps = PageProps<"/categories/[handle]">;

/** The category and its products (sub-categories included); unknown handles end in a 404. */
const loadCategory = cache(async (handle: string) => {
  if (handle.length > MAX_HANDLE_LENGTH) notFound();
  try {
    const [categories, catalogue] = await Promise.all([listCategories(), listCatalogue()]);
    const category = categories.find((candidate) => candidate.handle === handle);
    if (!category) notFound();
    const ids = categoryWithDescendants(categories, category.id);
    const products = catalogue.filter((product) => product.categoryIds.some((id) => ids.has(id)));
    return {
      category,
      products,
      ancestors: categoryAncestors(categories, category.id),
      children: childCategories(categories, category.id),
    };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] category page ${handle} unavailable: ${error.message}`);
    return null;
  }
});

export async function generateMetadata({ params, searchParams }: CategoryPageProps): Promise<Metadata> {
  const [{ handle }, query, t] = await Promise.all([
    params,
    searchParams.then(parseListingQuery),
    getTranslations("Metadata"),
  ]);
  const data = await loadCategory(handle);
  if (!data) return { title: t("categoryTitleFallback") };
  const { category, products } = data;
  const shopName = await getDisplayShopName();
  const name = category.seo.title ?? category.name;
  const title = query.page > 1 ? t("pagedTitle", { title: name, page: query.page }) : name;
  const description =
    category.seo.description ??
    toMetaDescription(category.description) ??
    t("categoryDescriptionFallback", { name: category.name, shopName, count: products.length });
  return pageMetadata({
    title,
    absoluteTitle: category.seo.title !== null,
    description,
    path: canonicalListingPath(categoryPath(category.handle), query),
    shopName,
    noindex: category.seo.noindex || hasRefinements(query),
    // The admin's canonical URL is the first page's; later pages keep their own.
    canonical: query.page > 1 ? null : category.seo.canonicalUrl,
    images: category.seo.socialImageUrl ? [{ url: category.seo.socialImageUrl, alt: name }] : [],
  });
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const [{ handle }, query, t] = await Promise.all([
    params,
    searchParams.then(parseListingQuery),
    getTranslations("Listing"),
  ]);
  const data = await loadCategory(handle);
  if (!data) return <BackendUnavailable retryHref={categoryPath(handle)} />;

  const { category, products, ancestors, children } = data;
  const listing = applyListing(products, query);
  if (isPageOutOfRange(listing)) notFound();
  const basePath = categoryPath(category.handle);

  return (
    <ListingPageView
      breadcrumbs={[
        { name: t("home"), path: "/" },
        ...ancestors.map((ancestor) => ({ name: ancestor.name, path: categoryPath(ancestor.handle) })),
        { name: category.name, path: basePath },
      ]}
      title={category.name}
      description={category.description}
      subgroups={children.map((child) => ({ name: child.name, path: categoryPath(child.handle) }))}
      subgroupsLabel={t("subcategories")}
      basePath={basePath}
      query={query}
      listing={listing}
      event={productListViewedEvent({
        type: "category",
        id: category.id,
        name: category.name,
        productsCount: listing.total,
      })}
    />
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { ListingPageView } from "@/components/listing/listing-page";
import { productListViewedEvent } from "@/lib/analytics/page-events";
import { listCollections } from "@/lib/data/categories";
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
import { collectionPath } from "@/lib/routes";
import { toMetaDescription } from "@/lib/seo";
import { getDisplayShopName } from "@/lib/shop-name";

const MAX_HANDLE_LENGTH = 200;

type CollectionPageProps = PageProps<"/collections/[handle]">;

/** The collection and its products; unknown handles end in a 404. */
const loadCollection = cache(async (handle: string) => {
  if (handle.length > MAX_HANDLE_LENGTH) notFound();
  try {
    const [collections, catalogue] = await Promise.all([listCollections(), listCatalogue()]);
    const collection = collections.find((candidate) => candidate.handle === handle);
    if (!collection) notFound();
    return { collection, products: catalogue.filter((product) => product.collectionId === collection.id) };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] collection page ${handle} unavailable: ${error.message}`);
    return null;
  }
});

export async function generateMetadata({ params, searchParams }: CollectionPageProps): Promise<Metadata> {
  const [{ handle }, query, t] = await Promise.all([
    params,
    searchParams.then(parseListingQuery),
    getTranslations("Metadata"),
  ]);
  const data = await loadCollection(handle);
  if (!data) return { title: t("collectionTitleFallback") };
  const { collection, products } = data;
  const shopName = await getDisplayShopName();
  const name = collection.seo.title ?? collection.title;
  const description =
    collection.seo.description ??
    toMetaDescription(collection.description) ??
    t("collectionDescriptionFallback", { name: collection.title, shopName, count: products.length });
  return pageMetadata({
    title: query.page > 1 ? t("pagedTitle", { title: name, page: query.page }) : name,
    absoluteTitle: collection.seo.title !== null,
    description,
    path: canonicalListingPath(collectionPath(collection.handle), query),
    shopName,
    noindex: collection.seo.noindex || hasRefinements(query),
    // The admin's canonical URL is the first page's; later pages keep their own.
    canonical: query.page > 1 ? null : collection.seo.canonicalUrl,
    images: collection.seo.socialImageUrl ? [{ url: collection.seo.socialImageUrl, alt: name }] : [],
  });
}

export default async function CollectionPage({ params, searchParams }: CollectionPageProps) {
  const [{ handle }, query, t] = await Promise.all([
    params,
    searchParams.then(parseListingQuery),
    getTranslations("Listing"),
  ]);
  const data = await loadCollection(handle);
  if (!data) return <BackendUnavailable retryHref={collectionPath(handle)} />;

  const { collection, products } = data;
  const listing = applyListing(products, query);
  if (isPageOutOfRange(listing)) notFound();
  const basePath = collectionPath(collection.handle);

  return (
    <ListingPageView
      breadcrumbs={[
        { name: t("home"), path: "/" },
        { name: collection.title, path: basePath },
      ]}
      title={collection.title}
      description={collection.description}
      basePath={basePath}
      query={query}
      listing={listing}
      event={productListViewedEvent({
        type: "collection",
        id: collection.id,
        name: collection.title,
        productsCount: listing.total,
      })}
    />
  );
}

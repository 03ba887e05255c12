import { getTranslations } from "next-intl/server";
import type { ListingPage, ListingQuery } from "@/lib/listing";
import { ProductGrid } from "../product-grid";
import { FilterForm } from "./filter-form";
import { Pagination } from "./pagination";
import { SortLinks } from "./sort-links";

/** A category's or a collection's products: filters, sort, count, grid and pages. */
export async function ProductListing({
  basePath,
  query,
  listing,
}: {
  basePath: string;
  query: ListingQuery;
  listing: ListingPage;
}) {
  const t = await getTranslations("Listing");
  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
      <aside>
        <FilterForm basePath={basePath} query={query} priceRange={listing.priceRange} />
      </aside>
      <section aria-labelledby="listing-products-title">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
          <h2 id="listing-products-title" className="text-lg font-semibold">
            {t("productCount", { count: listing.total })}
          </h2>
          <SortLinks basePath={basePath} query={query} />
        </div>
        {listing.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">{t("emptyFiltered")}</p>
        ) : (
          <ProductGrid products={listing.items} />
        )}
        <Pagination basePath={basePath} query={query} pageCount={listing.pageCount} />
      </section>
    </div>
  );
}

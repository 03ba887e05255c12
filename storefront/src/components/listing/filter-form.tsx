import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DEFAULT_SORT, LISTING_PARAMS, type ListingQuery, listingHref } from "@/lib/listing";

/**
 * Price range and availability: a GET form, so the filtered list is a URL the
 * server renders (and the browser's back button restores) without JavaScript.
 */
export async function FilterForm({
  basePath,
  query,
  priceRange,
}: {
  basePath: string;
  query: ListingQuery;
  priceRange: { min: number; max: number } | null;
}) {
  const t = await getTranslations("Listing");
  const filtered = query.minPrice !== null || query.maxPrice !== null || query.inStockOnly;
  return (
    <form method="get" action={basePath} aria-labelledby="filters-title" className="space-y-4 rounded-lg border border-line p-4">
      <h2 id="filters-title" className="text-base font-semibold">
        {t("filtersTitle")}
      </h2>
      {query.sort !== DEFAULT_SORT && <input type="hidden" name={LISTING_PARAMS.sort} value={query.sort} />}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("priceLegend")}</legend>
        <div className="flex items-end gap-2">
          <label className="flex flex-col text-sm">
            {t("minPrice")}
            <input
              type="number"
              name={LISTING_PARAMS.minPrice}
              min={0}
              step="0.01"
              inputMode="decimal"
              defaultValue={query.minPrice ?? undefined}
              placeholder={priceRange ? String(Math.floor(priceRange.min)) : undefined}
              className="mt-1 w-24 rounded border border-muted px-2 py-1.5"
            />
          </label>
          <label className="flex flex-col text-sm">
            {t("maxPrice")}
            <input
              type="number"
              name={LISTING_PARAMS.maxPrice}
              min={0}
              step="0.01"
              inputMode="decimal"
              defaultValue={query.maxPrice ?? undefined}
              placeholder={priceRange ? String(Math.ceil(priceRange.max)) : undefined}
              className="mt-1 w-24 rounded border border-muted px-2 py-1.5"
            />
          </label>
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name={LISTING_PARAMS.inStock}
          value="1"
          defaultChecked={query.inStockOnly}
          className="h-5 w-5 accent-brand"
        />
        {t("inStockOnly")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
          {t("applyFilters")}
        </button>
        {filtered && (
          <Link
            href={listingHref(basePath, query, { minPrice: null, maxPrice: null, inStockOnly: false, page: 1 })}
            className="text-sm text-brand hover:text-brand-strong"
          >
            {t("clearFilters")}
          </Link>
        )}
      </div>
    </form>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ListingQuery, listingHref, SORT_KEYS } from "@/lib/listing";

/** Sorting as plain links: crawlable, shareable, and usable without JavaScript. */
export async function SortLinks({ basePath, query }: { basePath: string; query: ListingQuery }) {
  const t = await getTranslations("Listing");
  return (
    <nav aria-label={t("sortLabel")} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted" aria-hidden="true">
        {t("sortLabel")}
      </span>
      <ul className="flex flex-wrap gap-2">
        {SORT_KEYS.map((sort) => {
          const current = sort === query.sort;
          return (
            <li key={sort}>
              <Link
                href={listingHref(basePath, query, { sort, page: 1 })}
                aria-current={current ? "true" : undefined}
                className={
                  current
                    ? "rounded border border-brand bg-brand-soft px-3 py-1.5 font-semibold text-brand-strong no-underline"
                    : "rounded border border-line px-3 py-1.5 text-ink no-underline hover:border-brand hover:text-brand"
                }
              >
                {t(`sort.${sort}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

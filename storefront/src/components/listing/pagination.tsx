import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ListingQuery, listingHref } from "@/lib/listing";

/** Page links (previous, numbers, next) that a crawler can follow. */
export async function Pagination({
  basePath,
  query,
  pageCount,
}: {
  basePath: string;
  query: ListingQuery;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Listing");
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  const linkClass = "inline-block min-w-10 rounded border border-line px-3 py-2 text-center no-underline hover:border-brand";

  return (
    <nav aria-label={t("paginationLabel")} className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {query.page > 1 && (
          <li>
            <Link href={listingHref(basePath, query, { page: query.page - 1 })} rel="prev" className={linkClass}>
              {t("previousPage")}
            </Link>
          </li>
        )}
        {pages.map((page) => (
          <li key={page}>
            {page === query.page ? (
              <span aria-current="page" className={`${linkClass} border-brand bg-brand font-semibold text-white`}>
                <span className="sr-only">{t("pageLabel")} </span>
                {page}
              </span>
            ) : (
              <Link href={listingHref(basePath, query, { page })} className={linkClass}>
                <span className="sr-only">{t("pageLabel")} </span>
                {page}
              </Link>
            )}
          </li>
        ))}
        {query.page < pageCount && (
          <li>
            <Link href={listingHref(basePath, query, { page: query.page + 1 })} rel="next" className={linkClass}>
              {t("nextPage")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

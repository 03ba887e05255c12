import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buildCategoryTree, type Category } from "@/lib/categories";
import { getCustomerToken } from "@/lib/data/customer-session";
import { categoryPath } from "@/lib/routes";
import { SearchForm } from "./search-form";

/** Past this many top-level categories the menu would wrap on a laptop screen. */
const MAX_MENU_CATEGORIES = 8;

export async function SiteHeader({
  shopName,
  categories,
  cartCount,
}: {
  shopName: string;
  categories: readonly Category[];
  cartCount: number;
}) {
  const t = await getTranslations("Header");
  // The cookie alone tells: showing the link costs no backend call.
  const loggedIn = (await getCustomerToken()) !== null;
  const menu = buildCategoryTree(categories).slice(0, MAX_MENU_CATEGORIES);

  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Link
          href="/"
          aria-label={t("homeLink", { shopName })}
          className="text-xl font-bold tracking-tight text-brand-strong no-underline hover:underline"
        >
          {shopName}
        </Link>
        <div className="flex items-center gap-4">
          <SearchForm idPrefix="header" compact />
          <Link
            href={loggedIn ? "/compte" : "/compte/connexion"}
            className="shrink-0 font-semibold text-ink no-underline hover:text-brand hover:underline"
          >
            {loggedIn ? t("accountLink") : t("loginLink")}
          </Link>
          <Link
            href="/panier"
            aria-label={t("cartLink", { count: cartCount })}
            className="shrink-0 rounded border border-line px-3 py-2 font-semibold text-ink no-underline hover:border-brand hover:text-brand"
          >
            {t("cartShort")}
            <span aria-hidden="true" className="ml-2 inline-block min-w-6 rounded-full bg-brand px-2 text-center text-sm text-white">
              {cartCount}
            </span>
          </Link>
        </div>
      </div>
      {menu.length > 0 && (
        <nav aria-label={t("mainNavigation")} className="border-t border-line">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 sm:px-6">
            {menu.map((category) => (
              <li key={category.id} className="shrink-0">
                <Link
                  href={categoryPath(category.handle)}
                  className="inline-block px-3 py-3 font-medium text-ink no-underline hover:text-brand hover:underline"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}

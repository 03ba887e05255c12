import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buildCategoryTree, type Category } from "@/lib/categories";
import { categoryPath } from "@/lib/routes";
import { SearchForm } from "./search-form";

/** Past this many top-level categories the menu would wrap on a laptop screen. */
const MAX_MENU_CATEGORIES = 8;

export async function SiteHeader({ shopName, categories }: { shopName: string; categories: readonly Category[] }) {
  const t = await getTranslations("Header");
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
        <SearchForm idPrefix="header" compact />
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

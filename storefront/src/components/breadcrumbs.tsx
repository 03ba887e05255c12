import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { BreadcrumbItem } from "@/lib/json-ld";

/** The visible trail; the same items go into the page's BreadcrumbList JSON-LD. */
export async function Breadcrumbs({ items }: { items: readonly BreadcrumbItem[] }) {
  const t = await getTranslations("Breadcrumbs");
  return (
    <nav aria-label={t("label")} className="mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={item.path} className="flex items-center gap-2">
              {index > 0 && <span aria-hidden="true">›</span>}
              {isLast ? (
                <span aria-current="page" className="font-medium text-ink">
                  {item.name}
                </span>
              ) : (
                <Link href={item.path} className="text-brand hover:text-brand-strong">
                  {item.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

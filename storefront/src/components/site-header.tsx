import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteHeader({ shopName }: { shopName: string }) {
  const t = await getTranslations("Header");

  return (
    <header className="border-b border-line bg-white">
      <a
        href="#contenu"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <nav aria-label={t("mainNavigation")} className="mx-auto flex max-w-6xl items-center px-4 py-4 sm:px-6">
        <Link
          href="/"
          aria-label={t("homeLink", { shopName })}
          className="text-xl font-bold tracking-tight text-brand-strong no-underline hover:underline"
        >
          {shopName}
        </Link>
      </nav>
    </header>
  );
}

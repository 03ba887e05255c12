import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  // Next adds `noindex` to every 404 itself.
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("NotFound");

  return (
    <section className="mx-auto max-w-2xl text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
      >
        {t("backToShop")}
      </Link>
    </section>
  );
}

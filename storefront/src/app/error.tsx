"use client";

import { useTranslations } from "next-intl";

/** Last resort for unexpected errors; a stopped backend has its own friendlier message. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");

  return (
    <section className="mx-auto max-w-2xl text-center">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong"
      >
        {t("retry")}
      </button>
    </section>
  );
}

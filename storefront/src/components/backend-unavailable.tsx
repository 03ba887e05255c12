import { getTranslations } from "next-intl/server";

/** Shown in place of the page when the backend cannot be reached. */
export async function BackendUnavailable({ retryHref }: { retryHref: string }) {
  const t = await getTranslations("BackendUnavailable");

  return (
    <section
      aria-labelledby="backend-unavailable-title"
      className="mx-auto max-w-2xl rounded-lg border border-line bg-surface p-8 text-center"
    >
      <h1 id="backend-unavailable-title" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="mt-4 text-lg">{t("body")}</p>
      <p className="mt-2 text-muted">{t("hint")}</p>
      {/* A plain link: a full reload asks the server again. */}
      <a
        href={retryHref}
        className="mt-6 inline-block rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
      >
        {t("retry")}
      </a>
    </section>
  );
}

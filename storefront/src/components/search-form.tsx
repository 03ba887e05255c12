import { getTranslations } from "next-intl/server";
import { SEARCH_PATH } from "@/lib/routes";
import { MAX_QUERY_LENGTH, SEARCH_PARAM } from "@/lib/search";

/** A GET form to `/recherche?q=`: works without JavaScript, and the result page is a plain URL. */
export async function SearchForm({
  defaultValue,
  idPrefix,
  compact = false,
}: {
  defaultValue?: string;
  /** Two search forms can share a page (header and search page): their ids must differ. */
  idPrefix: string;
  compact?: boolean;
}) {
  const t = await getTranslations("Search");
  const inputId = `${idPrefix}-search-input`;
  return (
    <form role="search" method="get" action={SEARCH_PATH} aria-label={t("formLabel")} className="flex w-full max-w-xl gap-2">
      <label htmlFor={inputId} className="sr-only">
        {t("inputLabel")}
      </label>
      <input
        id={inputId}
        type="search"
        name={SEARCH_PARAM}
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t("placeholder")}
        autoComplete="off"
        className={`min-w-0 flex-1 rounded border border-muted bg-white px-3 ${compact ? "py-1.5" : "py-2.5"}`}
      />
      <button
        type="submit"
        className={`rounded bg-brand px-4 font-semibold text-white hover:bg-brand-strong ${compact ? "py-1.5" : "py-2.5"}`}
      >
        {t("submit")}
      </button>
    </form>
  );
}

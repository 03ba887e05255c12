import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/i18n/actions";
import { LOCALES } from "@/i18n/locales";

/** Works without JavaScript: a plain form posting to a server action. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Footer")]);

  return (
    <form action={setLocale} aria-labelledby="language-switch-label" className="flex items-center gap-3">
      <span id="language-switch-label" className="text-sm text-muted">
        {t("language")}
      </span>
      <ul className="flex gap-2">
        {LOCALES.map((option) => {
          const name = t(`languages.${option}`);
          const isCurrent = option === locale;
          return (
            <li key={option}>
              <button
                type="submit"
                name="locale"
                value={option}
                lang={option}
                aria-current={isCurrent ? "true" : undefined}
                aria-label={isCurrent ? t("currentLanguage", { language: name }) : undefined}
                className={
                  isCurrent
                    ? "rounded border border-brand bg-brand-soft px-3 py-1 text-sm font-semibold text-brand-strong"
                    : "rounded border border-line px-3 py-1 text-sm text-ink hover:border-brand hover:text-brand"
                }
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    </form>
  );
}

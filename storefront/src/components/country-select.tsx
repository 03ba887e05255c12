import { getLocale, getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/country";
import { setCountryAction } from "@/lib/country-actions";
import { getDisplayCountryCode, listRegionChoices } from "@/lib/data/regions";
import { isBackendUnavailable } from "@/lib/data/errors";
import { getStorefrontConfig } from "@/lib/data/storefront-config";

async function loadChoices(locale: string) {
  try {
    const [regions, config, current] = await Promise.all([listRegionChoices(), getStorefrontConfig(), getDisplayCountryCode()]);
    return { options: countryOptions(regions, locale, config.defaultCountryCode), current };
  } catch (error) {
    if (isBackendUnavailable(error)) return null;
    throw error;
  }
}

/**
 * The delivery country, which sets the region (prices and currency). A plain
 * form with a button, not a select that submits on change: moving through the
 * list with the keyboard must not reload the page (WCAG 3.2.2).
 */
export async function CountrySelect() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Footer")]);
  const choices = await loadChoices(locale);
  if (!choices || choices.options.length === 0) return null;
  const { options, current } = choices;
  const currency = options.find((option) => option.code === current)?.currencyCode.toUpperCase() ?? "";

  return (
    // Keyed by the country: React resets a form after its action, and only a new form
    // picks up the new `defaultValue`.
    <form key={current} action={setCountryAction} className="flex flex-wrap items-center gap-3">
      <label htmlFor="country-select" className="text-sm text-muted">
        {t("country")}
      </label>
      <select
        id="country-select"
        name="country"
        defaultValue={current}
        aria-describedby={currency ? "country-select-currency" : undefined}
        className="rounded border border-line bg-white px-2 py-1 text-sm"
      >
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        aria-label={t("countryApplyLabel")}
        className="rounded border border-line px-3 py-1 text-sm text-ink hover:border-brand hover:text-brand"
      >
        {t("countryApply")}
      </button>
      {currency && (
        <span id="country-select-currency" className="text-sm text-muted">
          {t("currencyNote", { currency })}
        </span>
      )}
    </form>
  );
}

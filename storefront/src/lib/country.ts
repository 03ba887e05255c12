import type { HttpTypes } from "@medusajs/types";

/** The visitor's delivery country (ISO 3166-1 alpha-2, lowercase); the region follows from it. */
export const COUNTRY_COOKIE = "comptoir_country";
export const COUNTRY_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export type RegionChoice = { id: string; name: string; currencyCode: string; countryCodes: string[] };
export type CountryOption = { code: string; name: string; regionId: string; currencyCode: string };

export function toRegionChoice(region: HttpTypes.StoreRegion): RegionChoice {
  return {
    id: region.id,
    name: region.name ?? "",
    currencyCode: region.currency_code ?? "",
    countryCodes: (region.countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2.toLowerCase()] : [])),
  };
}

/** A cookie or form value that could be a country code, lowercased; `null` otherwise. */
export function parseCountryCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim().toLowerCase();
  return /^[a-z]{2}$/.test(code) ? code : null;
}

export function regionForCountry(regions: readonly RegionChoice[], countryCode: string | null): RegionChoice | null {
  if (!countryCode) return null;
  return regions.find((region) => region.countryCodes.includes(countryCode)) ?? null;
}

/**
 * Every country some region sells to, named in the visitor's language, the
 * shop's own country first (a French shop lists France on top), then A→Z.
 */
export function countryOptions(
  regions: readonly RegionChoice[],
  locale: string,
  firstCountryCode: string,
): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const options = regions.flatMap((region) =>
    region.countryCodes.map((code) => ({
      code,
      name: names.of(code.toUpperCase()) ?? code.toUpperCase(),
      regionId: region.id,
      currencyCode: region.currencyCode,
    })),
  );
  return options.sort((a, b) =>
    a.code === firstCountryCode ? -1 : b.code === firstCountryCode ? 1 : a.name.localeCompare(b.name, locale),
  );
}

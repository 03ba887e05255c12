import "server-only";

import { type CountryOption, countryOptions } from "@/lib/country";
import { listRegionChoices } from "./regions";
import { getStorefrontConfig } from "./storefront-config";

/** Countries an address may be in: those the shop's regions deliver to, named in `locale`. */
export async function deliveryCountries(locale: string): Promise<CountryOption[]> {
  const [regions, config] = await Promise.all([listRegionChoices(), getStorefrontConfig()]);
  return countryOptions(regions, locale, config.defaultCountryCode);
}

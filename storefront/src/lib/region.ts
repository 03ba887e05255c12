import type { HttpTypes } from "@medusajs/types";

/**
 * The region whose prices the shop shows when the backend did not name one:
 * the first region selling to `countryCode`, otherwise the first region.
 */
export function pickRegionForCountry(
  regions: readonly HttpTypes.StoreRegion[],
  countryCode: string,
): HttpTypes.StoreRegion | null {
  const wanted = countryCode.toLowerCase();
  const selling = regions.find((region) =>
    region.countries?.some((country) => country.iso_2?.toLowerCase() === wanted),
  );
  return selling ?? regions[0] ?? null;
}

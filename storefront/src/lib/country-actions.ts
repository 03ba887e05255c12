"use server";

import { cookies } from "next/headers";
import { COUNTRY_COOKIE, COUNTRY_COOKIE_MAX_AGE_SECONDS, parseCountryCode, regionForCountry } from "./country";
import { isStoreRequestError } from "./data/cart";
import { moveCartToRegion } from "./data/cart-region";
import { isBackendUnavailable } from "./data/errors";
import { listRegionChoices } from "./data/regions";

/**
 * Form action of the country selector: keeps the choice, then moves an open
 * cart to that country's region so its prices and currency match the pages.
 * Next re-renders the page with the new region's prices.
 */
export async function setCountryAction(formData: FormData): Promise<void> {
  const code = parseCountryCode(formData.get("country"));
  if (!code) return;
  try {
    const region = regionForCountry(await listRegionChoices(), code);
    if (!region) return;
    (await cookies()).set(COUNTRY_COOKIE, code, {
      path: "/",
      maxAge: COUNTRY_COOKIE_MAX_AGE_SECONDS,
      sameSite: "lax",
      httpOnly: true,
      // Like the language: a preference, nothing to protect, and class servers often run over HTTP.
    });
    await moveCartToRegion(region.id);
  } catch (error) {
    // The choice stays stored; the cart follows at the next change. A failure must not break the page.
    if (!isBackendUnavailable(error) && !isStoreRequestError(error)) throw error;
    console.warn(`[storefront] country change: ${error.message}`);
  }
}

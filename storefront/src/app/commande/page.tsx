import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { CheckoutFlow } from "@/components/checkout/checkout-flow";
import { TrackEvent } from "@/components/track-event";
import { checkoutStartedEvent } from "@/lib/analytics/cart-events";
import { preferredAddress } from "@/lib/account/addresses";
import type { CartAddress } from "@/lib/cart/view";
import { getCart, isStoreRequestError } from "@/lib/data/cart";
import { listAddresses } from "@/lib/data/customer";
import { getCustomerToken } from "@/lib/data/customer-session";
import { getRegionCountryCodes } from "@/lib/data/checkout";
import { isBackendUnavailable } from "@/lib/data/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Checkout");
  return { title: t("title"), description: t("metaDescription"), robots: { index: false, follow: false } };
}

/** A logged-in customer starts from their saved address (the e-mail came with the cart's transfer). */
async function savedAddress(): Promise<CartAddress | null> {
  const token = await getCustomerToken();
  if (!token) return null;
  try {
    return preferredAddress(await listAddresses(token));
  } catch (error) {
    // An expired session is no reason to block a checkout: the form just starts empty.
    if (isStoreRequestError(error)) return null;
    throw error;
  }
}

async function loadCheckout() {
  const cart = await getCart();
  if (!cart || cart.lines.length === 0) return { cart: null, countryCodes: [] };
  const [countryCodes, address] = await Promise.all([
    cart.regionId ? getRegionCountryCodes(cart.regionId) : [],
    cart.shippingAddress ? null : savedAddress(),
  ]);
  // Only pre-fills the form: the address step still saves it to the cart.
  return { cart: address ? { ...cart, shippingAddress: address } : cart, countryCodes };
}

export default async function CheckoutPage() {
  const [t, locale] = await Promise.all([getTranslations("Checkout"), getLocale()]);
  let data;
  try {
    data = await loadCheckout();
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref="/commande" />;
  }
  const { cart, countryCodes } = data;

  if (!cart) {
    return (
      <div>
        <h1 className="mb-8 text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p>
          {t("emptyCart")}{" "}
          <Link href="/" className="font-semibold">
            {t("continueShopping")}
          </Link>
        </p>
      </div>
    );
  }

  const names = new Intl.DisplayNames([locale], { type: "region" });
  const countries = countryCodes
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => (a.code === "fr" ? -1 : b.code === "fr" ? 1 : a.name.localeCompare(b.name, locale)));

  return (
    <div>
      <TrackEvent event={checkoutStartedEvent(cart)} />
      <div className="mb-8 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <Link href="/panier">{t("backToCart")}</Link>
      </div>
      <CheckoutFlow initialCart={cart} countries={countries} />
    </div>
  );
}

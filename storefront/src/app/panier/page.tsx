import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { CartView } from "@/components/cart/cart-view";
import { TrackEvent } from "@/components/track-event";
import { cartViewedEvent } from "@/lib/analytics/cart-events";
import { getCart } from "@/lib/data/cart";
import { isBackendUnavailable } from "@/lib/data/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cart");
  // A visitor's cart is nobody else's business, search engines included.
  return { title: t("title"), description: t("metaDescription"), robots: { index: false, follow: true } };
}

export default async function CartPage() {
  const t = await getTranslations("Cart");
  let cart;
  try {
    cart = await getCart();
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref="/panier" />;
  }

  return (
    <div>
      <h1 className="mb-8 text-3xl font-bold tracking-tight">{t("title")}</h1>
      {cart && <TrackEvent event={cartViewedEvent(cart)} />}
      {cart ? (
        <CartView initialCart={cart} />
      ) : (
        <p>
          {t("empty")}{" "}
          <Link href="/" className="font-semibold">
            {t("continueShopping")}
          </Link>
        </p>
      )}
    </div>
  );
}

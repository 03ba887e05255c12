import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { OrderLines } from "@/components/order-lines";
import { CartSummary } from "@/components/cart/cart-summary";
import { getOrderSummary } from "@/lib/data/checkout";
import { isBackendUnavailable } from "@/lib/data/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Order");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** Medusa order ids: anything else is not worth a backend call. */
const ORDER_ID = /^order_[A-Za-z0-9]{1,60}$/;

export default async function OrderConfirmationPage({ params }: PageProps<"/commande/confirmation/[id]">) {
  const [{ id }, t] = await Promise.all([params, getTranslations("Order")]);
  if (!ORDER_ID.test(id)) notFound();
  let order;
  try {
    order = await getOrderSummary(id);
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref={`/commande/confirmation/${id}`} />;
  }
  if (!order) notFound();

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-xl font-semibold text-brand-strong">{t("number", { number: order.displayId })}</p>
        {order.email && <p>{t("emailSent", { email: order.email })}</p>}
      </header>
      <section aria-labelledby="order-summary-title" className="space-y-3">
        <h2 id="order-summary-title" className="text-lg font-semibold">
          {t("summaryTitle")}
        </h2>
        <OrderLines order={order} quantityLabel={(count) => t("quantity", { count })} />
        {order.shippingAddress.length > 0 && (
          <address className="not-italic">
            {order.shippingAddress.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
            {order.shippingMethod && <span className="block text-muted">{order.shippingMethod}</span>}
          </address>
        )}
        <CartSummary totals={order.totals} currencyCode={order.currencyCode} shippingKnown />
      </section>
      <Link href="/" className="inline-block font-semibold">
        {t("backHome")}
      </Link>
    </div>
  );
}

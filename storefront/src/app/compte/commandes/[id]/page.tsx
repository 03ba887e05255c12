import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { OrderLines } from "@/components/order-lines";
import { CartSummary } from "@/components/cart/cart-summary";
import { ORDER_ID } from "@/lib/account/schemas";
import { requireCustomer } from "@/lib/data/account";
import { getCustomerOrder } from "@/lib/data/customer";
import { isBackendUnavailable } from "@/lib/data/errors";
import { formatDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.orders");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

function AddressBlock({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 font-semibold">{title}</h3>
      <address className="not-italic">
        {lines.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </address>
    </div>
  );
}

export default async function AccountOrderPage({ params }: PageProps<"/compte/commandes/[id]">) {
  const [{ id }, t] = await Promise.all([params, getTranslations("Account.order")]);
  if (!ORDER_ID.test(id)) notFound();
  let order;
  try {
    const { token } = await requireCustomer(`/compte/commandes/${id}`);
    order = await getCustomerOrder(token, id);
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref={`/compte/commandes/${id}`} />;
  }
  if (!order) notFound();

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("title", { number: order.displayId })}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-3">
        <span>{t("placedOn", { date: formatDate(order.createdAt) })}</span>
        <OrderStatusBadge status={order.status} />
      </p>
      <AccountNav current="orders" />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <section aria-labelledby="order-items-title">
            <h2 id="order-items-title" className="mb-3 text-lg font-semibold">
              {t("itemsTitle")}
            </h2>
            <OrderLines order={order} quantityLabel={(count) => t("quantity", { count })} />
          </section>
          <section aria-labelledby="order-shipping-title" className="space-y-4">
            <h2 id="order-shipping-title" className="text-lg font-semibold">
              {t("shippingTitle")}
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              <AddressBlock title={t("shippingAddress")} lines={order.shippingAddress} />
              <AddressBlock title={t("billingAddress")} lines={order.billingAddress} />
            </div>
            {order.shippingMethod && (
              <p>
                <span className="font-semibold">{t("shippingMethod")} : </span>
                {order.shippingMethod}
              </p>
            )}
          </section>
        </div>
        <section aria-labelledby="order-totals-title">
          <h2 id="order-totals-title" className="mb-3 text-lg font-semibold">
            {t("totalsTitle")}
          </h2>
          <CartSummary totals={order.totals} currencyCode={order.currencyCode} shippingKnown />
        </section>
      </div>
      <Link href="/compte/commandes" className="mt-8 inline-block font-semibold">
        {t("backToOrders")}
      </Link>
    </div>
  );
}

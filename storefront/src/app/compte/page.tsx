import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { requireCustomer } from "@/lib/data/account";
import { listAddresses, listOrders } from "@/lib/data/customer";
import { isBackendUnavailable } from "@/lib/data/errors";
import { formatDate, formatPrice } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

async function loadOverview() {
  const { token, customer } = await requireCustomer("/compte");
  const [{ orders }, addresses] = await Promise.all([listOrders(token, 1), listAddresses(token)]);
  return { customer, lastOrder: orders[0] ?? null, addressCount: addresses.length };
}

export default async function AccountPage({ searchParams }: PageProps<"/compte">) {
  const [{ bienvenue }, t, tOrders] = await Promise.all([searchParams, getTranslations("Account"), getTranslations("Account.orders")]);
  let data;
  try {
    data = await loadOverview();
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref="/compte" />;
  }
  const { customer, lastOrder, addressCount } = data;
  const name = `${customer.firstName} ${customer.lastName}`.trim();

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t("overviewTitle")}</h1>
      <p className="mb-6 text-lg">{t("welcome", { name: customer.firstName || customer.email })}</p>
      {bienvenue === "1" && (
        <p role="status" className="mb-6 rounded border border-brand bg-brand-soft px-4 py-3 font-semibold text-brand-strong">
          {t("welcomeNew")}
        </p>
      )}
      <AccountNav current="overview" />
      <div className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="account-profile" className="rounded border border-line p-4">
          <h2 id="account-profile" className="mb-3 text-lg font-semibold">
            {t("profileTitle")}
          </h2>
          <dl className="space-y-2">
            <div>
              <dt className="text-sm text-muted">{t("name")}</dt>
              <dd>{name || "—"}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t("email")}</dt>
              <dd className="break-all">{customer.email}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="account-last-order" className="rounded border border-line p-4">
          <h2 id="account-last-order" className="mb-3 text-lg font-semibold">
            {t("lastOrderTitle")}
          </h2>
          {lastOrder ? (
            <div className="space-y-2">
              <p>
                <Link href={`/compte/commandes/${lastOrder.id}`} className="font-semibold">
                  {tOrders("detailsOf", { number: lastOrder.displayId })}
                </Link>
              </p>
              <p className="text-sm text-muted">{formatDate(lastOrder.createdAt)}</p>
              <p>
                <OrderStatusBadge status={lastOrder.status} /> {formatPrice(lastOrder.total, lastOrder.currencyCode)}
              </p>
              <Link href="/compte/commandes">{t("seeAllOrders")}</Link>
            </div>
          ) : (
            <p>
              {t("noOrders")}{" "}
              <Link href="/" className="font-semibold">
                {t("startShopping")}
              </Link>
            </p>
          )}
        </section>
        <section aria-labelledby="account-addresses" className="rounded border border-line p-4">
          <h2 id="account-addresses" className="mb-3 text-lg font-semibold">
            {t("nav.addresses")}
          </h2>
          <p className="mb-2">{t("addressCount", { count: addressCount })}</p>
          <Link href="/compte/adresses">{t("manageAddresses")}</Link>
        </section>
      </div>
    </div>
  );
}

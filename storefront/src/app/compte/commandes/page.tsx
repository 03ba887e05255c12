import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { requireCustomer } from "@/lib/data/account";
import { listOrders, ORDERS_PER_PAGE } from "@/lib/data/customer";
import { isBackendUnavailable } from "@/lib/data/errors";
import { formatDate, formatPrice } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.orders");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** Far beyond a class shop's history; a bigger number is a typo, not a page. */
const MAX_PAGE = 1_000;

function pageNumber(value: string | string[] | undefined): number {
  const page = Number.parseInt(typeof value === "string" ? value : "1", 10);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}

export default async function OrdersPage({ searchParams }: PageProps<"/compte/commandes">) {
  const [params, t] = await Promise.all([searchParams, getTranslations("Account.orders")]);
  const page = pageNumber(params.page);
  let data;
  try {
    const { token } = await requireCustomer("/compte/commandes");
    data = await listOrders(token, page);
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref="/compte/commandes" />;
  }
  const { orders, count } = data;
  const pages = Math.max(1, Math.ceil(count / ORDERS_PER_PAGE));

  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <AccountNav current="orders" />
      {orders.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-line text-sm text-muted">
              <tr>
                <th scope="col" className="py-2 pr-4">{t("number")}</th>
                <th scope="col" className="py-2 pr-4">{t("date")}</th>
                <th scope="col" className="py-2 pr-4">{t("status")}</th>
                <th scope="col" className="py-2 pr-4">{t("items")}</th>
                <th scope="col" className="py-2 pr-4 text-right">{t("total")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("details")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {orders.map((order) => (
                <tr key={order.id}>
                  <th scope="row" className="py-3 pr-4 font-semibold">{t("displayNumber", { number: order.displayId })}</th>
                  <td className="py-3 pr-4">{formatDate(order.createdAt)}</td>
                  <td className="py-3 pr-4"><OrderStatusBadge status={order.status} /></td>
                  <td className="py-3 pr-4">{t("itemCount", { count: order.itemCount })}</td>
                  <td className="py-3 pr-4 text-right font-semibold">{formatPrice(order.total, order.currencyCode)}</td>
                  <td className="py-3">
                    <Link href={`/compte/commandes/${order.id}`} aria-label={t("detailsOf", { number: order.displayId })}>
                      {t("details")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center gap-6">
          {page > 1 && <Link href={`/compte/commandes?page=${page - 1}`}>{t("previous")}</Link>}
          <span className="text-muted">{t("pageStatus", { current: page, total: pages })}</span>
          {page < pages && <Link href={`/compte/commandes?page=${page + 1}`}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}

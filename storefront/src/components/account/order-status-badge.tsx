import { getTranslations } from "next-intl/server";
import type { OrderStatus } from "@/lib/account/orders";

const TONE: Record<OrderStatus, string> = {
  canceled: "border-red-700 text-red-700",
  delivered: "border-brand text-brand-strong",
  shipped: "border-brand text-brand-strong",
  preparing: "border-line text-ink",
  awaiting_payment: "border-line text-ink",
  requires_action: "border-red-700 text-red-700",
};

/** The status in words (colour only adds to them, it never carries the meaning alone). */
export async function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = await getTranslations("Account.orderStatus");
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>{t(status)}</span>;
}

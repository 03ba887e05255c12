import type { HttpTypes } from "@medusajs/types";
import { type OrderSummary, toOrderSummary } from "@/lib/checkout/order";

/**
 * What a customer is told about an order, in the words of a French shop (the
 * labels live in the message files under `Account.orderStatus`). Medusa keeps
 * three statuses; the customer needs one.
 */
export const ORDER_STATUSES = ["canceled", "delivered", "shipped", "preparing", "awaiting_payment", "requires_action"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

type StatusFields = Pick<HttpTypes.StoreOrder, "status" | "fulfillment_status" | "payment_status">;

export function orderStatus(order: StatusFields): OrderStatus {
  if (order.status === "canceled") return "canceled";
  if (order.status === "requires_action") return "requires_action";
  const fulfilment = order.fulfillment_status;
  if (fulfilment === "delivered" || fulfilment === "partially_delivered") return "delivered";
  if (fulfilment === "shipped" || fulfilment === "partially_shipped") return "shipped";
  // The demo payment is only authorised until the shop captures it: the order is being prepared.
  const paid = ["authorized", "captured", "partially_authorized", "partially_captured"].includes(order.payment_status);
  return paid || order.status === "completed" ? "preparing" : "awaiting_payment";
}

export type OrderListItem = {
  id: string;
  displayId: number;
  createdAt: string;
  status: OrderStatus;
  itemCount: number;
  total: number;
  currencyCode: string;
};

function amount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

export function toOrderListItem(order: HttpTypes.StoreOrder): OrderListItem {
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    createdAt: String(order.created_at),
    status: orderStatus(order),
    itemCount: (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0),
    total: amount(order.total),
    currencyCode: order.currency_code,
  };
}

export type OrderDetail = OrderSummary & {
  createdAt: string;
  status: OrderStatus;
  billingAddress: string[];
};

export function toOrderDetail(order: HttpTypes.StoreOrder): OrderDetail {
  const billing = order.billing_address;
  return {
    ...toOrderSummary(order),
    createdAt: String(order.created_at),
    status: orderStatus(order),
    billingAddress: billing
      ? [
          `${billing.first_name ?? ""} ${billing.last_name ?? ""}`.trim(),
          billing.address_1 ?? "",
          billing.address_2 ?? "",
          `${billing.postal_code ?? ""} ${billing.city ?? ""}`.trim(),
        ].filter((line) => line.length > 0)
      : [],
  };
}

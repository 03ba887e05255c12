import type { HttpTypes } from "@medusajs/types";
import type { CartTotals } from "@/lib/cart/view";

export type OrderSummary = {
  id: string;
  displayId: number;
  email: string | null;
  currencyCode: string;
  lines: { id: string; title: string; variantTitle: string | null; quantity: number; total: number }[];
  shippingAddress: string[];
  shippingMethod: string | null;
  totals: CartTotals;
};

function amount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

export function toOrderSummary(order: HttpTypes.StoreOrder): OrderSummary {
  const address = order.shipping_address;
  const lines = (order.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? null,
    quantity: item.quantity,
    total: amount(item.original_total ?? item.unit_price * item.quantity),
  }));
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    email: order.email ?? null,
    currencyCode: order.currency_code,
    lines,
    shippingAddress: address
      ? [
          `${address.first_name ?? ""} ${address.last_name ?? ""}`.trim(),
          address.address_1 ?? "",
          address.address_2 ?? "",
          `${address.postal_code ?? ""} ${address.city ?? ""}`.trim(),
        ].filter((line) => line.length > 0)
      : [],
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
    totals: {
      subtotal: lines.reduce((sum, line) => sum + line.total, 0),
      discount: amount(order.discount_total),
      shippingDiscount: amount(order.shipping_discount_total),
      shipping: amount(order.shipping_total),
      tax: amount(order.tax_total),
      total: amount(order.total),
    },
  };
}

import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { orderStatus, toOrderDetail, toOrderListItem } from "./orders";

type Status = Parameters<typeof orderStatus>[0];
const status = (value: Partial<Status>): Status =>
  ({ status: "pending", fulfillment_status: "not_fulfilled", payment_status: "not_paid", ...value }) as Status;

describe("orderStatus", () => {
  it.each<[Partial<Status>, string]>([
    [{ status: "canceled", fulfillment_status: "shipped" }, "canceled"],
    [{ fulfillment_status: "delivered", payment_status: "captured" }, "delivered"],
    [{ fulfillment_status: "partially_shipped", payment_status: "captured" }, "shipped"],
    [{ payment_status: "authorized" }, "preparing"],
    [{ payment_status: "not_paid" }, "awaiting_payment"],
    [{ status: "requires_action" }, "requires_action"],
  ])("%o → %s", (fields, expected) => {
    expect(orderStatus(status(fields))).toBe(expected);
  });
});

const order = {
  id: "order_01",
  display_id: 12,
  created_at: "2026-11-20T10:00:00.000Z",
  status: "pending",
  fulfillment_status: "not_fulfilled",
  payment_status: "authorized",
  currency_code: "eur",
  email: "lea@exemple.fr",
  total: 34.7,
  discount_total: 0,
  shipping_total: 4.9,
  tax_total: 5.78,
  items: [
    { id: "item_1", title: "Bleu", product_title: "Tasse", variant_title: "Bleu", quantity: 2, unit_price: 14.9, original_total: 29.8 },
  ],
  shipping_methods: [{ name: "Colissimo" }],
  shipping_address: { first_name: "Léa", last_name: "Martin", address_1: "3 rue des Lilas", postal_code: "69001", city: "Lyon" },
  billing_address: { first_name: "Léa", last_name: "Martin", address_1: "3 rue des Lilas", postal_code: "69001", city: "Lyon" },
} as unknown as HttpTypes.StoreOrder;

describe("order views", () => {
  it("summarises an order for the history", () => {
    expect(toOrderListItem(order)).toEqual({
      id: "order_01",
      displayId: 12,
      createdAt: "2026-11-20T10:00:00.000Z",
      status: "preparing",
      itemCount: 2,
      total: 34.7,
      currencyCode: "eur",
    });
  });

  it("details lines, addresses and shipping", () => {
    const detail = toOrderDetail(order);
    expect(detail.lines).toEqual([{ id: "item_1", title: "Tasse", variantTitle: "Bleu", quantity: 2, total: 29.8 }]);
    expect(detail.billingAddress).toEqual(["Léa Martin", "3 rue des Lilas", "69001 Lyon"]);
    expect(detail.shippingMethod).toBe("Colissimo");
    expect(detail.totals.total).toBe(34.7);
  });
});

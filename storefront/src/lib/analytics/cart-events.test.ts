import { describe, expect, it } from "vitest";
import { checkEventProperties } from "@comptoir/analytics/browser";
import { cartLineEvent, cartViewedEvent, checkoutStartedEvent } from "./cart-events";
import { toCartView } from "../cart/view";

const line = { productId: "prod_1", variantId: "variant_1", productHandle: "tasse", productTitle: "Tasse", unitPrice: 14.9 };
const cart = { id: "cart_1", currencyCode: "eur" };

describe("cartLineEvent", () => {
  it("describes the change with the contract's property names", () => {
    expect(cartLineEvent("product_removed_from_cart", line, 2, cart)).toEqual({
      name: "product_removed_from_cart",
      properties: {
        product_id: "prod_1",
        variant_id: "variant_1",
        product_handle: "tasse",
        product_title: "Tasse",
        cart_id: "cart_1",
        quantity: 2,
        unit_price: 14.9,
        currency: "eur",
      },
    });
  });

  it("sends nothing the contract would refuse", () => {
    expect(cartLineEvent("product_added_to_cart", { ...line, productId: null }, 1, cart)).toBeNull();
    expect(cartLineEvent("product_added_to_cart", line, 0, cart)).toBeNull();
    const long = cartLineEvent("product_added_to_cart", { ...line, productTitle: "x".repeat(500) }, 1, cart);
    expect(long?.properties.product_title).toHaveLength(200);
  });
});

describe("cart events against the analytics contract", () => {
  it("pass the contract's checks", () => {
    const view = toCartView({
      id: "cart_1",
      currency_code: "eur",
      items: [{ id: "item_1", title: "Bleu", product_title: "Tasse", quantity: 2, unit_price: 14.9 }],
      total: 29.8,
    } as never);
    const added = cartLineEvent("product_added_to_cart", line, 1, cart);
    for (const event of [added, cartViewedEvent(view), checkoutStartedEvent(view)]) {
      expect(event).not.toBeNull();
      if (event) expect(checkEventProperties(event.name, event.properties)).toEqual({ ok: true });
    }
  });
});

import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { formatTotals, toCartView } from "./view";

const NBSP = "\u00a0";

function cart(overrides: Partial<HttpTypes.StoreCart> = {}): HttpTypes.StoreCart {
  return {
    id: "cart_1",
    currency_code: "eur",
    region_id: "reg_1",
    items: [
      { id: "item_b", title: "Bleu", product_title: "Tasse", quantity: 2, unit_price: 14.9, original_total: 29.8, variant_id: "v1" },
      { id: "item_a", title: "Naturel", product_title: "Tablier", quantity: 1, unit_price: 32, variant_id: "v2" },
    ],
    promotions: [
      { id: "p1", code: "BIENVENUE10", is_automatic: false },
      { id: "p2", code: "AUTO5", is_automatic: true },
    ],
    discount_total: 6.18,
    shipping_total: 4.9,
    tax_total: 10.09,
    total: 60.52,
    ...overrides,
  } as unknown as HttpTypes.StoreCart;
}

describe("toCartView", () => {
  it("counts articles and sums the lines before discount", () => {
    const view = toCartView(cart());
    expect(view.itemCount).toBe(3);
    expect(view.totals.subtotal).toBeCloseTo(61.8);
    expect(view.lines.map((line) => line.productTitle)).toEqual(["Tablier", "Tasse"]);
  });

  it("tells automatic promotions from codes the visitor typed", () => {
    expect(toCartView(cart()).promotions).toEqual([
      { code: "BIENVENUE10", automatic: false },
      { code: "AUTO5", automatic: true },
    ]);
  });

  it("treats missing totals and items as zero", () => {
    const view = toCartView(cart({ items: [], total: undefined, promotions: undefined } as Partial<HttpTypes.StoreCart>));
    expect(view.itemCount).toBe(0);
    expect(view.totals.total).toBe(0);
    expect(view.promotions).toEqual([]);
    expect(view.shippingMethod).toBeNull();
  });
});

describe("formatTotals", () => {
  it("formats every line fr-FR, the discount as a negative amount", () => {
    const formatted = formatTotals({ subtotal: 61.8, discount: 6.18, shippingDiscount: 0, shipping: 4.9, tax: 10.09, total: 60.52 }, "eur");
    expect(formatted).toEqual({
      subtotal: `61,80${NBSP}€`,
      discount: `−6,18${NBSP}€`,
      shipping: `4,90${NBSP}€`,
      tax: `10,09${NBSP}€`,
      total: `60,52${NBSP}€`,
      hasDiscount: true,
      hasShipping: true,
      freeShipping: false,
    });
  });

  it("shows no minus sign without a discount", () => {
    const formatted = formatTotals({ subtotal: 10, discount: 0, shippingDiscount: 0, shipping: 0, tax: 1.67, total: 10 }, "eur");
    expect(formatted.discount).toBe(`0,00${NBSP}€`);
    expect(formatted.hasDiscount).toBe(false);
  });

  it("shows free shipping as such, and counts only the articles' discount in the discount line", () => {
    const formatted = formatTotals({ subtotal: 30, discount: 7.9, shippingDiscount: 4.9, shipping: 0, tax: 4.5, total: 27 }, "eur");
    expect(formatted.freeShipping).toBe(true);
    expect(formatted.shipping).toBe(`0,00${NBSP}€`);
    expect(formatted.discount).toBe(`−3,00${NBSP}€`);
    expect(formatted.hasDiscount).toBe(true);
  });

  it("has no discount line when the only discount is the free shipping, despite Medusa's float totals", () => {
    const formatted = formatTotals({ subtotal: 30, discount: 4.9, shippingDiscount: 4.8999999999999995, shipping: 0, tax: 5, total: 30 }, "eur");
    expect(formatted.hasDiscount).toBe(false);
    expect(formatted.freeShipping).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { isPurchasable, LOW_STOCK_THRESHOLD, productStock, schemaAvailability, variantStock } from "./stock";

describe("variantStock", () => {
  const managed = (inventory_quantity: number | null) => ({ manage_inventory: true, allow_backorder: false, inventory_quantity });

  it("is in stock above the low-stock threshold", () => {
    expect(variantStock(managed(LOW_STOCK_THRESHOLD + 1))).toEqual({ state: "in_stock", remaining: null });
    expect(variantStock(managed(40)).state).toBe("in_stock");
  });

  it("is low from the threshold (5) down to 1, and says how many are left", () => {
    expect(variantStock(managed(5))).toEqual({ state: "low_stock", remaining: 5 });
    expect(variantStock(managed(1))).toEqual({ state: "low_stock", remaining: 1 });
  });

  it("is out of stock at zero or below (oversold)", () => {
    expect(variantStock(managed(0))).toEqual({ state: "out_of_stock", remaining: 0 });
    expect(variantStock(managed(-2)).state).toBe("out_of_stock");
  });

  it("can always be bought when stock is not managed or back-orders are allowed", () => {
    expect(variantStock({ manage_inventory: false, inventory_quantity: 0 }).state).toBe("in_stock");
    expect(variantStock({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }).state).toBe("in_stock");
  });

  it("does not block a sale when the quantity is unknown", () => {
    expect(variantStock(managed(null)).state).toBe("in_stock");
  });
});

describe("productStock", () => {
  it("is as available as its best variant", () => {
    expect(productStock([variantStock({ inventory_quantity: 0 }), variantStock({ inventory_quantity: 3 })])).toEqual({
      state: "low_stock",
      remaining: 3,
    });
    expect(productStock([variantStock({ inventory_quantity: 3 }), variantStock({ inventory_quantity: 30 })]).state).toBe("in_stock");
  });

  it("cannot be bought when every variant is sold out, or there is none", () => {
    expect(isPurchasable(productStock([variantStock({ inventory_quantity: 0 })]))).toBe(false);
    expect(isPurchasable(productStock([]))).toBe(false);
  });
});

describe("schemaAvailability", () => {
  it("maps to schema.org values", () => {
    expect(schemaAvailability("in_stock")).toBe("https://schema.org/InStock");
    expect(schemaAvailability("low_stock")).toBe("https://schema.org/InStock");
    expect(schemaAvailability("out_of_stock")).toBe("https://schema.org/OutOfStock");
  });
});

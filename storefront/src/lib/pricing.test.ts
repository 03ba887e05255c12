import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { cheapestPrice, discountPercent, variantPrice } from "./pricing";

type Calculated = NonNullable<HttpTypes.StoreProductVariant["calculated_price"]>;

function calculated(amount: number | null, original: number | null = amount, extra: Partial<Calculated> = {}): Calculated {
  return {
    id: "pset_1",
    calculated_amount: amount,
    original_amount: original,
    original_amount_with_tax: null,
    original_amount_without_tax: null,
    currency_code: "eur",
    ...extra,
  } as Calculated;
}

describe("variantPrice", () => {
  it("gives the calculated amount, TTC, with no sale when it equals the original", () => {
    expect(variantPrice(calculated(14.9))).toEqual({ amount: 14.9, originalAmount: null, currencyCode: "eur" });
  });

  it("keeps the original price when a price list lowers it (a sale)", () => {
    expect(variantPrice(calculated(24, 30))).toEqual({ amount: 24, originalAmount: 30, currencyCode: "eur" });
  });

  it("prefers the amounts with tax when Medusa computed them (prices entered HT)", () => {
    const price = variantPrice(
      calculated(10, 12.5, { calculated_amount_with_tax: 12, original_amount_with_tax: 15 }),
    );
    expect(price).toEqual({ amount: 12, originalAmount: 15, currencyCode: "eur" });
  });

  it("ignores differences below a cent and prices that went up", () => {
    expect(variantPrice(calculated(19.9, 19.900000001))?.originalAmount).toBeNull();
    expect(variantPrice(calculated(20, 18))?.originalAmount).toBeNull();
  });

  it("is null without a price in the region", () => {
    expect(variantPrice(undefined)).toBeNull();
    expect(variantPrice(calculated(null))).toBeNull();
    expect(variantPrice(calculated(5, 5, { currency_code: null }))).toBeNull();
  });

  it("keeps free products", () => {
    expect(variantPrice(calculated(0))?.amount).toBe(0);
  });
});

describe("cheapestPrice", () => {
  const price = (amount: number, originalAmount: number | null = null) => ({ amount, originalAmount, currencyCode: "eur" });

  it("gives the single price of a one-variant product", () => {
    expect(cheapestPrice([price(12)])).toEqual({ ...price(12), isFrom: false });
  });

  it("keeps the cheapest variant, with its sale, and marks a starting price", () => {
    expect(cheapestPrice([price(15), price(9.5, 12), price(12)])).toEqual({ ...price(9.5, 12), isFrom: true });
  });

  it("is not a starting price when all variants cost the same", () => {
    expect(cheapestPrice([price(10), price(10)])?.isFrom).toBe(false);
  });

  it("skips variants without a price and is null when none has one", () => {
    expect(cheapestPrice([null, price(20)])).toEqual({ ...price(20), isFrom: false });
    expect(cheapestPrice([null])).toBeNull();
    expect(cheapestPrice([])).toBeNull();
  });
});

describe("discountPercent", () => {
  it("rounds the saving to a whole percentage", () => {
    expect(discountPercent({ amount: 24, originalAmount: 30, currencyCode: "eur" })).toBe(20);
    expect(discountPercent({ amount: 9.99, originalAmount: 14.99, currencyCode: "eur" })).toBe(33);
  });

  it("is null without a sale", () => {
    expect(discountPercent({ amount: 24, originalAmount: null, currencyCode: "eur" })).toBeNull();
    expect(discountPercent(null)).toBeNull();
  });
});

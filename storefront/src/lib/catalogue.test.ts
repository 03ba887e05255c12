import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { cheapestPrice, toProductDetail, toProductSummary } from "./catalogue";

function variant(amount: number | null, currency: string | null = "eur"): HttpTypes.StoreProductVariant {
  return {
    id: `variant_${String(amount)}`,
    calculated_price: {
      id: "price_set",
      calculated_amount: amount,
      original_amount: amount,
      original_amount_with_tax: amount,
      original_amount_without_tax: amount,
      currency_code: currency,
    },
  } as HttpTypes.StoreProductVariant;
}

function product(overrides: Partial<HttpTypes.StoreProduct> = {}): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    title: "Mug Comptoir",
    handle: "mug-comptoir",
    subtitle: null,
    description: null,
    thumbnail: null,
    images: null,
    variants: [variant(12)],
    options: null,
    ...overrides,
  } as HttpTypes.StoreProduct;
}

describe("cheapestPrice", () => {
  it("gives the single price of a one-variant product", () => {
    expect(cheapestPrice([variant(12)])).toEqual({ amount: 12, currencyCode: "eur", isFrom: false });
  });

  it("keeps the cheapest variant and marks the price as a starting price", () => {
    expect(cheapestPrice([variant(15), variant(9.5), variant(12)])).toEqual({
      amount: 9.5,
      currencyCode: "eur",
      isFrom: true,
    });
  });

  it("is not a starting price when all variants cost the same", () => {
    expect(cheapestPrice([variant(10), variant(10)])?.isFrom).toBe(false);
  });

  it("ignores variants without a price in the region", () => {
    expect(cheapestPrice([variant(null), variant(20), variant(5, null)])).toEqual({
      amount: 20,
      currencyCode: "eur",
      isFrom: false,
    });
  });

  it("keeps free products", () => {
    expect(cheapestPrice([variant(0)])?.amount).toBe(0);
  });

  it("is null when nothing has a price", () => {
    expect(cheapestPrice([])).toBeNull();
    expect(cheapestPrice(null)).toBeNull();
    expect(cheapestPrice([{ id: "v" } as HttpTypes.StoreProductVariant])).toBeNull();
  });
});

describe("toProductSummary", () => {
  it("falls back to the first image when there is no thumbnail", () => {
    const images = [
      { id: "img_1", url: "http://localhost:9000/static/mug.jpg" },
    ] as HttpTypes.StoreProductImage[];
    const summary = toProductSummary(product({ images }));
    expect(summary.thumbnail).toBe("http://localhost:9000/static/mug.jpg");
  });

  it("has no thumbnail when the product has no image", () => {
    expect(toProductSummary(product({ thumbnail: "" })).thumbnail).toBeNull();
  });
});

describe("toProductDetail", () => {
  it("turns empty texts into null so pages show their fallback", () => {
    const detail = toProductDetail(product({ description: "", subtitle: "" }));
    expect(detail.description).toBeNull();
    expect(detail.subtitle).toBeNull();
    expect(detail.price).toEqual({ amount: 12, currencyCode: "eur", isFrom: false });
  });
});

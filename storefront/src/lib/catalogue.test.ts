import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { defaultVariant, type ProductVariant, toProductDetail, toProductSummary } from "./catalogue";

function storeVariant(
  id: string,
  amount: number | null,
  extra: Partial<HttpTypes.StoreProductVariant> = {},
): HttpTypes.StoreProductVariant {
  return {
    id,
    title: id,
    sku: id.toUpperCase(),
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 10,
    options: [{ id: `optval_${id}`, value: id, option: { id: "opt_size", title: "Taille" } }],
    calculated_price: {
      id: "pset",
      calculated_amount: amount,
      original_amount: amount,
      original_amount_with_tax: null,
      original_amount_without_tax: null,
      currency_code: "eur",
    },
    ...extra,
  } as HttpTypes.StoreProductVariant;
}

function storeProduct(overrides: Partial<HttpTypes.StoreProduct> = {}): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    title: "Mug Comptoir",
    handle: "mug-comptoir",
    subtitle: null,
    description: null,
    thumbnail: null,
    images: null,
    variants: [storeVariant("m", 12)],
    options: null,
    created_at: "2026-11-01T10:00:00.000Z",
    updated_at: "2026-11-02T10:00:00.000Z",
    ...overrides,
  } as HttpTypes.StoreProduct;
}

describe("toProductSummary", () => {
  it("prices a product from its cheapest variant and reads stock, categories and SKUs", () => {
    const summary = toProductSummary(
      storeProduct({
        variants: [storeVariant("s", 15), storeVariant("m", 12, { inventory_quantity: 2 })],
        categories: [{ id: "pcat_1" }] as HttpTypes.StoreProductCategory[],
        collection_id: "pcol_1",
      }),
    );
    expect(summary.price).toEqual({ amount: 12, originalAmount: null, currencyCode: "eur", isFrom: true });
    expect(summary.stock.state).toBe("in_stock");
    expect(summary.categoryIds).toEqual(["pcat_1"]);
    expect(summary.collectionId).toBe("pcol_1");
    expect(summary.skus).toEqual(["S", "M"]);
    expect(summary.updatedAt).toBe("2026-11-02T10:00:00.000Z");
  });

  it("falls back to the first image when there is no thumbnail", () => {
    const images = [{ id: "img_1", url: "http://localhost:9000/static/mug.jpg" }] as HttpTypes.StoreProductImage[];
    expect(toProductSummary(storeProduct({ images })).thumbnail).toBe("http://localhost:9000/static/mug.jpg");
    expect(toProductSummary(storeProduct({ thumbnail: "" })).thumbnail).toBeNull();
  });

  it("reads the SEO fields from the linked SEO record, not from metadata", () => {
    const seo = { meta_title: "  Mug en grès  ", meta_description: "Un mug.", noindex: true, image_alts: { img_1: "Mug" } };
    const summary = toProductSummary({ ...storeProduct({ metadata: { seo_title: "Ancien" } }), seo } as HttpTypes.StoreProduct);
    expect(summary.seo).toEqual({
      title: "Mug en grès",
      description: "Un mug.",
      noindex: true,
      canonicalUrl: null,
      socialImageUrl: null,
      imageAlts: { img_1: "Mug" },
    });
    expect(toProductSummary(storeProduct({ metadata: { seo_title: "Ancien" } })).seo.title).toBeNull();
  });
});

describe("toProductDetail", () => {
  it("turns empty texts into null so pages show their fallback", () => {
    const detail = toProductDetail(storeProduct({ description: "", subtitle: "" }));
    expect(detail.description).toBeNull();
    expect(detail.subtitle).toBeNull();
  });

  it("maps each variant's options by option title", () => {
    const detail = toProductDetail(storeProduct());
    expect(detail.variants[0]?.options).toEqual({ Taille: "m" });
    expect(detail.variants[0]?.price?.amount).toBe(12);
  });
});

describe("defaultVariant", () => {
  const variant = (id: string, amount: number, state: ProductVariant["stock"]["state"] = "in_stock"): ProductVariant => ({
    id,
    title: id,
    sku: null,
    options: {},
    price: { amount, originalAmount: null, currencyCode: "eur" },
    stock: { state, remaining: null },
  });

  it("shows the variant named in the URL", () => {
    expect(defaultVariant([variant("a", 5), variant("b", 9)], "b")?.id).toBe("b");
  });

  it("otherwise picks the cheapest one that can be bought", () => {
    expect(defaultVariant([variant("a", 9), variant("b", 4, "out_of_stock"), variant("c", 6)])?.id).toBe("c");
    expect(defaultVariant([variant("a", 9)], "unknown")?.id).toBe("a");
  });

  it("falls back to the first when all are sold out, and is null without variants", () => {
    expect(defaultVariant([variant("a", 9, "out_of_stock"), variant("b", 5, "out_of_stock")])?.id).toBe("a");
    expect(defaultVariant([])).toBeNull();
  });
});

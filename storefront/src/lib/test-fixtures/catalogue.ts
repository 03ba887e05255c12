import type { ProductSummary } from "../catalogue";
import { NO_SEO_FIELDS } from "../seo-fields";

/** A product summary for tests: only what a test cares about needs saying. */
export function summary(overrides: Partial<ProductSummary> & Pick<ProductSummary, "id">): ProductSummary {
  return {
    handle: overrides.id,
    title: overrides.id,
    subtitle: null,
    description: null,
    thumbnail: null,
    price: { amount: 10, originalAmount: null, currencyCode: "eur", isFrom: false },
    stock: { state: "in_stock", remaining: null },
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
    collectionId: null,
    categoryIds: [],
    skus: [],
    seo: NO_SEO_FIELDS,
    ...overrides,
  };
}

export function priced(amount: number): ProductSummary["price"] {
  return { amount, originalAmount: null, currencyCode: "eur", isFrom: false };
}

import type { HttpTypes } from "@medusajs/types";

/**
 * The shapes the pages render. Medusa's `HttpTypes` stop at the data layer, so
 * a change in the Store API is handled in one place, not in every component.
 */
export type ProductPrice = {
  /** Major units, as Medusa v2 stores them (12.5 = 12,50 €). */
  amount: number;
  /** ISO 4217, lowercase as Medusa returns it. */
  currencyCode: string;
  /** Variants have different prices: `amount` is the cheapest ("À partir de …"). */
  isFrom: boolean;
};

export type ProductSummary = {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** `null` when no variant has a price in the shop's region. */
  price: ProductPrice | null;
};

export type ProductImage = { id: string; url: string };

export type ProductDetail = ProductSummary & {
  subtitle: string | null;
  description: string | null;
  images: ProductImage[];
};

/** Cheapest calculated price over the variants that have one in the requested region. */
export function cheapestPrice(
  variants: readonly HttpTypes.StoreProductVariant[] | null | undefined,
): ProductPrice | null {
  const prices = (variants ?? []).flatMap((variant) => {
    const price = variant.calculated_price;
    if (price?.calculated_amount == null || !price.currency_code) return [];
    return [{ amount: price.calculated_amount, currencyCode: price.currency_code }];
  });
  const [first, ...rest] = prices;
  if (!first) return null;

  const cheapest = rest.reduce((min, price) => (price.amount < min.amount ? price : min), first);
  const isFrom = rest.some((price) => price.amount !== first.amount);
  return { ...cheapest, isFrom };
}

export function toProductSummary(product: HttpTypes.StoreProduct): ProductSummary {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail || product.images?.[0]?.url || null,
    price: cheapestPrice(product.variants),
  };
}

export function toProductDetail(product: HttpTypes.StoreProduct): ProductDetail {
  return {
    ...toProductSummary(product),
    subtitle: product.subtitle || null,
    description: product.description || null,
    images: (product.images ?? []).map((image) => ({ id: image.id, url: image.url })),
  };
}

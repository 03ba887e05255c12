import type { HttpTypes } from "@medusajs/types";
import { cheapestPrice, type ProductPrice, type VariantPrice, variantPrice } from "./pricing";
import { readSeoFields, type SeoFields } from "./seo-fields";
import { productStock, type StockInfo, variantStock } from "./stock";

export type { ProductPrice, VariantPrice } from "./pricing";

/**
 * The shapes the pages render. Medusa's `HttpTypes` stop at the data layer, so
 * a change in the Store API is handled in one place, not in every component.
 */
export type ProductSummary = {
  id: string;
  handle: string;
  title: string;
  subtitle: string | null;
  /** Plain text, for search and meta descriptions; `null` when empty. */
  description: string | null;
  thumbnail: string | null;
  /** `null` when no variant has a price in the shop's region. */
  price: ProductPrice | null;
  stock: StockInfo;
  createdAt: string;
  updatedAt: string;
  collectionId: string | null;
  categoryIds: string[];
  skus: string[];
  seo: SeoFields;
};

export type ProductImage = { id: string; url: string };

export type ProductVariant = {
  id: string;
  title: string;
  sku: string | null;
  /** Option title → value, e.g. `{ Taille: "M", Couleur: "Bleu" }`. */
  options: Record<string, string>;
  price: VariantPrice | null;
  stock: StockInfo;
};

export type ProductOption = { title: string; values: string[] };

export type ProductDetail = ProductSummary & {
  images: ProductImage[];
  options: ProductOption[];
  variants: ProductVariant[];
  collection: { id: string; title: string; handle: string } | null;
};

function text(value: string | null | undefined): string | null {
  return value && value.trim().length > 0 ? value : null;
}

function toVariant(variant: HttpTypes.StoreProductVariant): ProductVariant {
  const options: Record<string, string> = {};
  for (const value of variant.options ?? []) {
    const title = value.option?.title;
    if (title) options[title] = value.value;
  }
  return {
    id: variant.id,
    title: variant.title ?? "",
    sku: text(variant.sku),
    options,
    price: variantPrice(variant.calculated_price),
    stock: variantStock(variant),
  };
}

export function toProductSummary(product: HttpTypes.StoreProduct): ProductSummary {
  const variants = product.variants ?? [];
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: text(product.subtitle),
    description: text(product.description),
    thumbnail: text(product.thumbnail) ?? text(product.images?.[0]?.url) ?? null,
    price: cheapestPrice(variants.map((variant) => variantPrice(variant.calculated_price))),
    stock: productStock(variants.map(variantStock)),
    createdAt: String(product.created_at ?? ""),
    updatedAt: String(product.updated_at ?? product.created_at ?? ""),
    collectionId: product.collection_id ?? null,
    categoryIds: (product.categories ?? []).map((category) => category.id),
    skus: variants.flatMap((variant) => (variant.sku ? [variant.sku] : [])),
    seo: readSeoFields(product as { seo?: unknown }),
  };
}

export function toProductDetail(product: HttpTypes.StoreProduct): ProductDetail {
  const collection = product.collection;
  return {
    ...toProductSummary(product),
    images: (product.images ?? []).map((image) => ({ id: image.id, url: image.url })),
    options: (product.options ?? []).map((option) => ({
      title: option.title,
      values: (option.values ?? []).map((value) => value.value),
    })),
    variants: (product.variants ?? []).map(toVariant),
    collection: collection ? { id: collection.id, title: collection.title, handle: collection.handle } : null,
  };
}

/**
 * The variant a product page shows first: the one asked for in the URL, else the
 * cheapest one that can be bought, else the first.
 */
export function defaultVariant(variants: readonly ProductVariant[], requestedId?: string | null): ProductVariant | null {
  const requested = requestedId ? variants.find((variant) => variant.id === requestedId) : undefined;
  if (requested) return requested;
  const buyable = variants.filter((variant) => variant.stock.state !== "out_of_stock" && variant.price);
  const cheapest = buyable.reduce<ProductVariant | null>(
    (min, variant) => (!min || (variant.price?.amount ?? Infinity) < (min.price?.amount ?? Infinity) ? variant : min),
    null,
  );
  return cheapest ?? variants[0] ?? null;
}

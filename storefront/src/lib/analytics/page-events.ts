import { EVENT_NAMES, TEXT_LIMITS } from "@comptoir/analytics/browser";
import type { ProductDetail, ProductVariant } from "../catalogue";
import type { StorefrontEvent } from "./events";

// The events pages send when they are shown, built from data the page already
// has. Texts are cut to the contract's bounds here, so a long product title
// shortens the event instead of getting it refused.

type EventOf<Name extends StorefrontEvent["name"]> = Extract<StorefrontEvent, { name: Name }>;

function name(text: string): string {
  return text.slice(0, TEXT_LIMITS.name);
}

export function productViewedEvent(
  product: Pick<ProductDetail, "id" | "handle" | "title" | "price" | "collection">,
  variant: Pick<ProductVariant, "id" | "price"> | null,
  categoryName: string | null,
): EventOf<"product_viewed"> {
  const price = variant?.price ?? product.price;
  return {
    name: EVENT_NAMES.productViewed,
    properties: {
      product_id: product.id,
      product_handle: name(product.handle),
      product_title: name(product.title),
      ...(variant ? { variant_id: variant.id } : {}),
      ...(categoryName ? { category: name(categoryName) } : {}),
      ...(product.collection ? { collection: name(product.collection.title) } : {}),
      ...(price ? { price: price.amount, currency: price.currencyCode } : {}),
    },
  };
}

export function productListViewedEvent(list: {
  type: "collection" | "category" | "home";
  id?: string;
  name?: string;
  productsCount: number;
}): EventOf<"product_list_viewed"> {
  return {
    name: EVENT_NAMES.productListViewed,
    properties: {
      list_type: list.type,
      ...(list.id ? { list_id: list.id } : {}),
      ...(list.name ? { list_name: name(list.name) } : {}),
      products_count: list.productsCount,
    },
  };
}

export function searchPerformedEvent(query: string, resultsCount: number): EventOf<"search_performed"> {
  return { name: EVENT_NAMES.searchPerformed, properties: { query: query.slice(0, 200), results_count: resultsCount } };
}

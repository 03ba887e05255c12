import type { CartLine, CartView } from "../cart/view";
import type { StorefrontEvent } from "./events";

// Cart events, built in the browser from the cart the server action returned.
// Kept free of the contract's runtime (zod) so that nothing loads before consent.

type EventOf<Name extends StorefrontEvent["name"]> = Extract<StorefrontEvent, { name: Name }>;

/** The contract's bound on names and ids (`TEXT_LIMITS` in the analytics package). */
const MAX_TEXT = 200;

export function cartLineEvent<Name extends "product_added_to_cart" | "product_removed_from_cart">(
  name: Name,
  line: Pick<CartLine, "productId" | "variantId" | "productHandle" | "productTitle" | "unitPrice">,
  quantity: number,
  cart: Pick<CartView, "id" | "currencyCode">,
): EventOf<Name> | null {
  if (!line.productId || !line.variantId || quantity < 1) return null;
  return {
    name,
    properties: {
      product_id: line.productId,
      variant_id: line.variantId,
      ...(line.productHandle ? { product_handle: line.productHandle.slice(0, MAX_TEXT) } : {}),
      product_title: line.productTitle.slice(0, MAX_TEXT),
      cart_id: cart.id,
      quantity,
      unit_price: line.unitPrice,
      currency: cart.currencyCode,
    },
  } as EventOf<Name>;
}

export function cartViewedEvent(cart: CartView): EventOf<"cart_viewed"> {
  return {
    name: "cart_viewed",
    properties: { cart_id: cart.id, items_count: cart.itemCount, subtotal: cart.totals.subtotal, currency: cart.currencyCode },
  };
}

export function checkoutStartedEvent(cart: CartView): EventOf<"checkout_started"> {
  return {
    name: "checkout_started",
    properties: { cart_id: cart.id, items_count: cart.itemCount, subtotal: cart.totals.subtotal, currency: cart.currencyCode },
  };
}

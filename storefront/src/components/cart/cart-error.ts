import type { CartFailure } from "@/lib/cart-actions";

/** Message keys under `Cart.errors`, one per failure a cart action reports. */
export const CART_ERROR_KEYS = {
  unavailable: "errors.unavailable",
  out_of_stock: "errors.out_of_stock",
  invalid: "errors.invalid",
  no_cart: "errors.no_cart",
  no_region: "errors.no_region",
} as const satisfies Record<CartFailure, string>;

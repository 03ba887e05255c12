import type { CheckoutStep } from "@comptoir/analytics/browser";
import type { CartView } from "@/lib/cart/view";

/** The contract's steps, in order (types only: the analytics runtime loads after consent). */
export const STEPS = ["email", "address", "shipping", "payment", "review"] as const satisfies readonly CheckoutStep[];
export type Step = (typeof STEPS)[number];

/** Where a visitor coming back to the checkout resumes: the first step not done yet. */
export function firstOpenStep(cart: Pick<CartView, "email">): Step {
  if (!cart.email) return "email";
  // Options depend on the address: ask again rather than trust a stale list.
  return "address";
}

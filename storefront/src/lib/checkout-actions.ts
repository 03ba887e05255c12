"use server";

import { z } from "zod";
import type { CartView } from "./cart/view";
import {
  addressStepSchema,
  emailStepSchema,
  type FieldErrors,
  fieldErrors,
  paymentStepSchema,
  shippingStepSchema,
} from "./checkout/schemas";
import type { ShippingChoice } from "./checkout/shipping";
import { hasPromoCode } from "./cart/promo-errors";
import { addPromotionCode, getCart, isStoreRequestError, NoCartError, setDeferredShippingCode } from "./data/cart";
import {
  completeCart,
  listShippingChoices,
  setCartEmail,
  setShippingAddress,
  setShippingOption,
  startDemoPayment,
} from "./data/checkout";
import { isBackendUnavailable } from "./data/errors";

/**
 * The checkout's steps, each checked again here with the same zod schema as in
 * the browser. Medusa's refusals come back as a reason the page shows in French.
 */

export type CheckoutFailure =
  | "unavailable"
  | "no_cart"
  | "address_refused"
  | "shipping_refused"
  | "payment_refused"
  | "out_of_stock"
  | "order_refused"
  | "invalid";

type Failed = { ok: false; reason: CheckoutFailure; fields?: FieldErrors };
export type StepResult<T = object> = ({ ok: true } & T) | Failed;

function failure(error: unknown, refused: CheckoutFailure): Failed {
  if (error instanceof NoCartError) return { ok: false, reason: "no_cart" };
  if (isStoreRequestError(error)) {
    if (/inventory|stock/i.test(error.message)) return { ok: false, reason: "out_of_stock" };
    console.warn(`[storefront] checkout refused: ${error.message}`);
    return { ok: false, reason: refused };
  }
  if (isBackendUnavailable(error)) {
    console.warn(`[storefront] checkout: ${error.message}`);
    return { ok: false, reason: "unavailable" };
  }
  throw error;
}

function invalid(error: z.ZodError): Failed {
  return { ok: false, reason: "invalid", fields: fieldErrors(error) };
}

export async function saveEmailAction(input: unknown): Promise<StepResult> {
  const parsed = emailStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await setCartEmail(parsed.data.email);
    return { ok: true };
  } catch (error) {
    return failure(error, "invalid");
  }
}

export async function saveAddressAction(input: unknown): Promise<StepResult<{ options: ShippingChoice[] }>> {
  const parsed = addressStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await setShippingAddress(parsed.data);
    return { ok: true, options: await listShippingChoices() };
  } catch (error) {
    return failure(error, "address_refused");
  }
}

/** The free-shipping code kept from the cart, once tried on the cart with its shipping method. */
export type DeferredCodeOutcome = { code: string; applied: boolean } | null;

export async function saveShippingAction(input: unknown): Promise<StepResult<{ cart: CartView; deferredCode: DeferredCodeOutcome }>> {
  const parsed = shippingStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await setShippingOption(parsed.data.optionId);
    const cart = await getCart();
    if (!cart) return { ok: false, reason: "no_cart" };
    const code = cart.deferredShippingCode;
    if (!code) return { ok: true, cart, deferredCode: null };
    return { ok: true, ...(await applyDeferredCode(code)) };
  } catch (error) {
    return failure(error, "shipping_refused");
  }
}

/**
 * Now that the cart has a shipping method, Medusa can apply the code. It is forgotten
 * either way: applied, it lives on Medusa's cart; refused (ended meanwhile, rules not
 * met), the visitor is told once and can type another one.
 */
async function applyDeferredCode(code: string): Promise<{ cart: CartView; deferredCode: DeferredCodeOutcome }> {
  let applied = false;
  try {
    const withCode = await addPromotionCode(code);
    applied = hasPromoCode(withCode.promotions.map((promotion) => promotion.code), code);
  } catch (error) {
    // A code deleted since it was typed: Medusa now refuses it as unknown.
    if (!isStoreRequestError(error)) throw error;
  }
  return { cart: await setDeferredShippingCode(null), deferredCode: { code, applied } };
}

export async function savePaymentAction(input: unknown): Promise<StepResult> {
  const parsed = paymentStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await startDemoPayment();
    return { ok: true };
  } catch (error) {
    return failure(error, "payment_refused");
  }
}

export async function placeOrderAction(): Promise<StepResult<{ orderId: string }>> {
  try {
    return { ok: true, orderId: await completeCart() };
  } catch (error) {
    return failure(error, "order_refused");
  }
}

"use server";

import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics/browser";
import { z } from "zod";
import { decidePromo } from "./cart/deferred-promo";
import { hasPromoCode, normalisePromoCode, type PromoRejection, promoRejectionFromMessage } from "./cart/promo-errors";
import type { CartView } from "./cart/view";
import {
  addLineItem,
  addPromotionCode,
  getCart,
  isStoreRequestError,
  NoCartError,
  removeLineItem,
  removePromotionCode,
  setDeferredShippingCode,
  updateLineItem,
} from "./data/cart";
import { lookupPromotionCode } from "./data/promotion-codes";
import { isBackendUnavailable } from "./data/errors";
import { getDisplayRegionId } from "./data/regions";

/**
 * The cart's mutations, called from the product and cart pages. Every input is
 * checked here (the browser is not trusted) and every failure comes back as a
 * reason the page shows in French: a bad click never ends on an error page.
 */

export type CartFailure = "unavailable" | "out_of_stock" | "invalid" | "no_cart" | "no_region";
export type CartResult = { ok: true; cart: CartView } | { ok: false; reason: CartFailure };

const idSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_]+$/);
const quantitySchema = z.number().int().min(1).max(99);
const visitSchema = z
  .object({ distinctId: z.string().min(1).max(200), sessionId: z.string().min(1).max(200).nullable() })
  .nullable();

function failure(error: unknown): { ok: false; reason: CartFailure } {
  if (error instanceof NoCartError) return { ok: false, reason: "no_cart" };
  if (isStoreRequestError(error)) {
    if (/inventory|stock/i.test(error.message)) return { ok: false, reason: "out_of_stock" };
    return { ok: false, reason: "invalid" };
  }
  if (isBackendUnavailable(error)) {
    console.warn(`[storefront] cart: ${error.message}`);
    return { ok: false, reason: "unavailable" };
  }
  throw error;
}

export async function addToCartAction(input: { variantId: unknown; quantity: unknown; visit: unknown }): Promise<CartResult> {
  const variantId = idSchema.safeParse(input.variantId);
  const quantity = quantitySchema.safeParse(input.quantity);
  const visit = visitSchema.safeParse(input.visit ?? null);
  if (!variantId.success || !quantity.success || !visit.success) return { ok: false, reason: "invalid" };
  try {
    // The region of the country chosen in the selector, so the cart's prices are the ones shown.
    const regionId = await getDisplayRegionId();
    if (!regionId) return { ok: false, reason: "no_region" };
    const cart = await addLineItem({
      regionId,
      variantId: variantId.data,
      quantity: quantity.data,
      visit: visit.data
        ? {
            [CART_ATTRIBUTION_KEYS.distinctId]: visit.data.distinctId,
            [CART_ATTRIBUTION_KEYS.sessionId]: visit.data.sessionId,
          }
        : null,
    });
    return { ok: true, cart };
  } catch (error) {
    return failure(error);
  }
}

export async function updateQuantityAction(lineId: unknown, quantity: unknown): Promise<CartResult> {
  const id = idSchema.safeParse(lineId);
  const count = quantitySchema.safeParse(quantity);
  if (!id.success || !count.success) return { ok: false, reason: "invalid" };
  try {
    return { ok: true, cart: await updateLineItem(id.data, count.data) };
  } catch (error) {
    return failure(error);
  }
}

export async function removeLineAction(lineId: unknown): Promise<CartResult> {
  const id = idSchema.safeParse(lineId);
  if (!id.success) return { ok: false, reason: "invalid" };
  try {
    return { ok: true, cart: await removeLineItem(id.data) };
  } catch (error) {
    return failure(error);
  }
}

export type PromoResult =
  /** `deferred`: a free-shipping code kept on the cart, applied after the shipping step. */
  | { ok: true; cart: CartView; code: string; status: "applied" | "deferred" }
  | { ok: false; reason: PromoRejection | CartFailure; code: string; backendMessage: string | null };

export async function applyPromoAction(rawCode: unknown): Promise<PromoResult> {
  const code = normalisePromoCode(rawCode);
  const shown = typeof rawCode === "string" ? rawCode.trim().slice(0, 50) || "?" : "?";
  if (!code) return { ok: false, reason: "invalid_format", code: shown, backendMessage: null };
  try {
    const cart = await addPromotionCode(code);
    const applied = hasPromoCode(cart.promotions.map((promotion) => promotion.code), code);
    // Medusa accepted the code but may have dropped it: ask what it discounts to tell why.
    const lookup = applied ? null : await lookupPromotionCode(code);
    const decision = decidePromo({ applied, hasShippingMethod: cart.shippingMethod !== null, lookup });
    if (decision.kind === "applied") return { ok: true, cart, code, status: "applied" };
    if (decision.kind === "deferred") return { ok: true, cart: await setDeferredShippingCode(code), code, status: "deferred" };
    return { ok: false, reason: decision.kind, code, backendMessage: null };
  } catch (error) {
    if (isStoreRequestError(error)) {
      return { ok: false, reason: promoRejectionFromMessage(error.message), code, backendMessage: error.message };
    }
    const { reason } = failure(error);
    return { ok: false, reason, code, backendMessage: null };
  }
}

export async function removePromoAction(rawCode: unknown): Promise<CartResult> {
  const code = normalisePromoCode(rawCode);
  if (!code) return { ok: false, reason: "invalid" };
  try {
    // A deferred code is not on Medusa's cart yet: forgetting it is enough.
    const cart = await getCart();
    if (cart?.deferredShippingCode && hasPromoCode([cart.deferredShippingCode], code)) {
      return { ok: true, cart: await setDeferredShippingCode(null) };
    }
    return { ok: true, cart: await removePromotionCode(code) };
  } catch (error) {
    return failure(error);
  }
}

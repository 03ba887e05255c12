import "server-only";

import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics/browser";
import { FetchError } from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import { cookies } from "next/headers";
import { DEFERRED_SHIPPING_CODE_KEY } from "@/lib/cart/deferred-promo";
import { toCartView, type CartView } from "@/lib/cart/view";
import { getCustomerToken } from "./customer-session";
import { toBackendUnavailable } from "./errors";
import { getPublishableKey } from "./publishable-key";
import { sdk } from "./sdk";

/** Only the server reads the cart id: a script on the page never needs it. */
export const CART_COOKIE = "comptoir_cart";
/** The header's item count, kept beside the id so a page view does not ask the backend. */
export const CART_COUNT_COOKIE = "comptoir_cart_count";
const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;
const TIMEOUT_MS = 10_000;

/** The Store API refused the request (4xx): the message is Medusa's, for mapping, not display. */
export class StoreRequestError extends Error {
  override readonly name = "StoreRequestError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Method = "GET" | "POST" | "DELETE";

/**
 * One Store API call for a visitor's cart. Never cached: a cart changes with
 * every click, and one visitor's cart must never be served to another.
 */
export async function storeRequest<T>(
  path: `/store/${string}`,
  {
    method = "GET",
    body,
    query,
    token,
  }: {
    method?: Method;
    body?: unknown;
    query?: Record<string, unknown>;
    /** A logged-in customer's JWT, for the routes that act on their account. */
    token?: string | null;
  } = {},
): Promise<T> {
  const publishableKey = await getPublishableKey();
  try {
    return await sdk.client.fetch<T>(path, {
      method,
      body: body as Record<string, unknown> | undefined,
      query,
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && error.status >= 400 && error.status < 500) {
      throw new StoreRequestError(error.message, error.status);
    }
    throw toBackendUnavailable(path, error);
  }
}

export function isStoreRequestError(error: unknown): error is StoreRequestError {
  return error instanceof StoreRequestError;
}

/** The visitor has no (open) cart: their cookie expired, or the order was already placed. */
export class NoCartError extends Error {
  override readonly name = "NoCartError";
  constructor() {
    super("No open cart for this visitor");
  }
}

/** Totals and promotions are not all in Medusa's default cart fields. */
const CART_FIELDS =
  "+metadata,*items,+items.original_total,*promotions,+promotions.is_automatic,*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,+discount_total,+shipping_discount_total,+shipping_total,+tax_total,+total";

async function rememberCart(cart: CartView): Promise<void> {
  const jar = await cookies();
  const options = { path: "/", maxAge: CART_COOKIE_MAX_AGE, sameSite: "lax", httpOnly: true } as const;
  jar.set(CART_COOKIE, cart.id, options);
  jar.set(CART_COUNT_COOKIE, String(cart.itemCount), options);
}

export async function forgetCart(): Promise<void> {
  const jar = await cookies();
  jar.delete(CART_COOKIE);
  jar.delete(CART_COUNT_COOKIE);
}

async function cartIdFromCookie(): Promise<string | null> {
  const id = (await cookies()).get(CART_COOKIE)?.value;
  return id && /^cart_[A-Za-z0-9]{1,60}$/.test(id) ? id : null;
}

async function fetchCart(id: string): Promise<CartView> {
  const { cart } = await storeRequest<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, { query: { fields: CART_FIELDS } });
  return toCartView(cart);
}

/** The visitor's cart, `null` when there is none (or it was completed or deleted). */
export async function getCart(): Promise<CartView | null> {
  const id = await cartIdFromCookie();
  if (!id) return null;
  try {
    return await fetchCart(id);
  } catch (error) {
    if (isStoreRequestError(error) && error.status === 404) return null;
    throw error;
  }
}

/** Same as `getCart` in a server action, where the stale cookies can be dropped. */
async function currentCartOrNull(): Promise<CartView | null> {
  const cart = await getCart();
  if (!cart && (await cartIdFromCookie())) await forgetCart();
  return cart;
}

export type VisitMetadata = {
  [CART_ATTRIBUTION_KEYS.distinctId]: string;
  [CART_ATTRIBUTION_KEYS.sessionId]: string | null;
};

/** The cart, created in the default region when the visitor has none yet. */
async function ensureCart(regionId: string, visit: VisitMetadata | null): Promise<CartView> {
  const existing = await currentCartOrNull();
  if (existing) {
    // Consent given after the cart was created: the order can still be joined to the visit.
    if (visit && !existing.visitLinked) {
      await storeRequest<unknown>(`/store/carts/${existing.id}`, {
        method: "POST",
        body: { metadata: visit },
        query: { fields: "id" },
      });
    }
    return existing;
  }
  const { cart } = await storeRequest<HttpTypes.StoreCartResponse>("/store/carts", {
    method: "POST",
    // Keys read by the backend's order_placed subscriber: keep these exact names.
    body: { region_id: regionId, ...(visit ? { metadata: visit } : {}) },
    query: { fields: CART_FIELDS },
  });
  const view = toCartView(cart);
  await rememberCart(view);
  // Creating a cart ignores who asks: a logged-in customer's cart is attached to them here.
  const token = await getCustomerToken();
  if (token) await storeRequest<unknown>(`/store/carts/${view.id}/customer`, { method: "POST", token, query: { fields: "id" } });
  return view;
}

async function afterChange(cart: HttpTypes.StoreCart | undefined, id: string): Promise<CartView> {
  const view = cart ? toCartView(cart) : await fetchCart(id);
  await rememberCart(view);
  return view;
}

export async function addLineItem(input: {
  regionId: string;
  variantId: string;
  quantity: number;
  visit: VisitMetadata | null;
}): Promise<CartView> {
  const cart = await ensureCart(input.regionId, input.visit);
  const response = await storeRequest<HttpTypes.StoreCartResponse>(`/store/carts/${cart.id}/line-items`, {
    method: "POST",
    body: { variant_id: input.variantId, quantity: input.quantity },
    query: { fields: CART_FIELDS },
  });
  return afterChange(response.cart, cart.id);
}

async function requireCart(): Promise<CartView> {
  const cart = await currentCartOrNull();
  if (!cart) throw new NoCartError();
  return cart;
}

export async function updateLineItem(lineId: string, quantity: number): Promise<CartView> {
  const cart = await requireCart();
  const response = await storeRequest<HttpTypes.StoreCartResponse>(`/store/carts/${cart.id}/line-items/${lineId}`, {
    method: "POST",
    body: { quantity },
    query: { fields: CART_FIELDS },
  });
  return afterChange(response.cart, cart.id);
}

export async function removeLineItem(lineId: string): Promise<CartView> {
  const cart = await requireCart();
  await storeRequest<unknown>(`/store/carts/${cart.id}/line-items/${lineId}`, { method: "DELETE" });
  return afterChange(undefined, cart.id);
}

export async function addPromotionCode(code: string): Promise<CartView> {
  const cart = await requireCart();
  const response = await storeRequest<HttpTypes.StoreCartResponse>(`/store/carts/${cart.id}/promotions`, {
    method: "POST",
    body: { promo_codes: [code] },
    query: { fields: CART_FIELDS },
  });
  return afterChange(response.cart, cart.id);
}

export async function removePromotionCode(code: string): Promise<CartView> {
  const cart = await requireCart();
  await storeRequest<unknown>(`/store/carts/${cart.id}/promotions`, { method: "DELETE", body: { promo_codes: [code] } });
  return afterChange(undefined, cart.id);
}

/**
 * Keeps (or, with `null`, forgets) a shipping-only code on the cart until the checkout's
 * shipping step. Only this key is sent: Medusa 2.21's updateCartWorkflow locks the cart and
 * the cart module merges metadata (an empty string deletes a key), so the visit's analytics
 * ids, possibly written at the same moment, are kept (integration-tests/http/store-promotion-codes.spec.ts).
 */
export async function setDeferredShippingCode(code: string | null): Promise<CartView> {
  const cart = await requireCart();
  const response = await storeRequest<HttpTypes.StoreCartResponse>(`/store/carts/${cart.id}`, {
    method: "POST",
    body: { metadata: { [DEFERRED_SHIPPING_CODE_KEY]: code ?? "" } },
    query: { fields: CART_FIELDS },
  });
  return afterChange(response.cart, cart.id);
}

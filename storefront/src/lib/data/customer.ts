import "server-only";

import { FetchError } from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import { type AccountAddress, toAccountAddress, toMedusaAddress } from "@/lib/account/addresses";
import { type AuthRefusal, authRefusalFromMessage } from "@/lib/account/auth-errors";
import { type OrderDetail, type OrderListItem, toOrderDetail, toOrderListItem } from "@/lib/account/orders";
import type { AccountAddressInput, LoginInput, RegisterInput } from "@/lib/account/schemas";
import { readTokenClaims } from "@/lib/account/token";
import { getCart, isStoreRequestError, storeRequest } from "./cart";
import { toBackendUnavailable } from "./errors";
import { sdk } from "./sdk";

/** Medusa said no to a registration or a login; `reason` picks the French message. */
export class AuthRefusedError extends Error {
  override readonly name = "AuthRefusedError";
  constructor(readonly reason: AuthRefusal) {
    super(`Customer authentication refused: ${reason}`);
  }
}

export function isAuthRefused(error: unknown): error is AuthRefusedError {
  return error instanceof AuthRefusedError;
}

const AUTH_PROVIDER = "emailpass";

/** Auth routes answer 4xx for a wrong password or a taken e-mail: a refusal, not an outage. */
async function authCall<T>(path: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && error.status >= 400 && error.status < 500) {
      throw new AuthRefusedError(authRefusalFromMessage(error.message));
    }
    throw toBackendUnavailable(path, error);
  }
}

/** A customer token; a login of an identity with no customer behind it is no session. */
export async function logInCustomer({ email, password }: LoginInput): Promise<string> {
  const result = await authCall("/auth/customer/emailpass", () => sdk.auth.login("customer", AUTH_PROVIDER, { email, password }));
  if (typeof result !== "string") throw new AuthRefusedError("refused");
  if (!readTokenClaims(result)?.actorId) throw new AuthRefusedError("wrong_credentials");
  return result;
}

/**
 * Medusa's two-step sign-up: an auth identity (e-mail + password), then the
 * customer created with the identity's token. Returns a logged-in token.
 */
export async function registerCustomer(input: RegisterInput): Promise<string> {
  let identityToken: string;
  try {
    identityToken = await authCall("/auth/customer/emailpass/register", () =>
      sdk.auth.register("customer", AUTH_PROVIDER, { email: input.email, password: input.password }),
    );
  } catch (error) {
    if (!isAuthRefused(error) || error.reason !== "email_taken") throw error;
    // A sign-up interrupted after the identity was made: with the same password, finish it.
    const existing = await authCall("/auth/customer/emailpass", () =>
      sdk.auth.login("customer", AUTH_PROVIDER, { email: input.email, password: input.password }),
    ).catch(() => null);
    if (typeof existing !== "string" || readTokenClaims(existing)?.actorId) throw new AuthRefusedError("email_taken");
    identityToken = existing;
  }
  try {
    await storeRequest<HttpTypes.StoreCustomerResponse>("/store/customers", {
      method: "POST",
      body: { email: input.email, first_name: input.firstName, last_name: input.lastName },
      token: identityToken,
      query: { fields: "id" },
    });
  } catch (error) {
    if (isStoreRequestError(error)) throw new AuthRefusedError(authRefusalFromMessage(error.message));
    throw error;
  }
  return logInCustomer({ email: input.email, password: input.password });
}

export type AccountCustomer = { id: string; email: string; firstName: string; lastName: string };

/** The logged-in customer, `null` when the backend no longer accepts the token. */
export async function getCustomer(token: string): Promise<AccountCustomer | null> {
  try {
    const { customer } = await storeRequest<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      token,
      query: { fields: "id,email,first_name,last_name" },
    });
    return {
      id: customer.id,
      email: customer.email,
      firstName: customer.first_name ?? "",
      lastName: customer.last_name ?? "",
    };
  } catch (error) {
    if (isStoreRequestError(error) && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

const ADDRESS_LIMIT = 50;

export async function listAddresses(token: string): Promise<AccountAddress[]> {
  const { addresses } = await storeRequest<HttpTypes.StoreCustomerAddressListResponse>("/store/customers/me/addresses", {
    token,
    query: { limit: ADDRESS_LIMIT, order: "-created_at" },
  });
  return addresses.map(toAccountAddress);
}

export async function createAddress(token: string, input: AccountAddressInput): Promise<void> {
  await storeRequest<unknown>("/store/customers/me/addresses", {
    method: "POST",
    body: toMedusaAddress(input),
    token,
    query: { fields: "id" },
  });
}

export async function updateAddress(token: string, addressId: string, input: AccountAddressInput): Promise<void> {
  await storeRequest<unknown>(`/store/customers/me/addresses/${addressId}`, {
    method: "POST",
    body: toMedusaAddress(input),
    token,
    query: { fields: "id" },
  });
}

export async function deleteAddress(token: string, addressId: string): Promise<void> {
  await storeRequest<unknown>(`/store/customers/me/addresses/${addressId}`, { method: "DELETE", token });
}

export const ORDERS_PER_PAGE = 10;

export async function listOrders(token: string, page: number): Promise<{ orders: OrderListItem[]; count: number }> {
  const { orders, count } = await storeRequest<HttpTypes.StoreOrderListResponse>("/store/orders", {
    token,
    query: {
      fields: "id,display_id,created_at,status,fulfillment_status,payment_status,total,currency_code,*items",
      order: "-created_at",
      limit: ORDERS_PER_PAGE,
      offset: (page - 1) * ORDERS_PER_PAGE,
    },
  });
  return { orders: orders.map(toOrderListItem), count };
}

const ORDER_DETAIL_FIELDS =
  "*items,*shipping_address,*billing_address,*shipping_methods,+customer_id,+display_id,+email,+status,+fulfillment_status,+payment_status,+created_at,+total,+subtotal,+discount_total,+shipping_total,+tax_total,+item_subtotal";

/** One of the customer's orders; `null` for an unknown id or someone else's order. */
export async function getCustomerOrder(token: string, orderId: string): Promise<OrderDetail | null> {
  try {
    const { order } = await storeRequest<HttpTypes.StoreOrderResponse>(`/store/orders/${orderId}`, {
      token,
      query: { fields: ORDER_DETAIL_FIELDS },
    });
    // The Store API hands any order to whoever knows its id: the account shows only one's own.
    const customerId = readTokenClaims(token)?.actorId;
    if (!customerId || order.customer_id !== customerId) return null;
    return toOrderDetail(order);
  } catch (error) {
    if (isStoreRequestError(error) && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** Attaches the visitor's open cart (if any) to the customer who just logged in. */
export async function attachCartToCustomer(token: string): Promise<void> {
  const cart = await getCart();
  if (!cart) return;
  await storeRequest<unknown>(`/store/carts/${cart.id}/customer`, { method: "POST", token, query: { fields: "id" } });
}

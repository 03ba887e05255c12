import "server-only";

import type { HttpTypes } from "@medusajs/types";
import type { AddressStep } from "@/lib/checkout/schemas";
import { PAYMENT_PROVIDER_ID } from "@/lib/checkout/schemas";
import { type ShippingChoice, toShippingChoice } from "@/lib/checkout/shipping";
import { type OrderSummary, toOrderSummary } from "@/lib/checkout/order";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { cachedStoreGet } from "./store-api";
import { forgetCart, getCart, NoCartError, StoreRequestError, storeRequest } from "./cart";

async function cartId(): Promise<string> {
  const cart = await getCart();
  if (!cart || cart.lines.length === 0) throw new NoCartError();
  return cart.id;
}

export async function setCartEmail(email: string): Promise<void> {
  const id = await cartId();
  await storeRequest<unknown>(`/store/carts/${id}`, { method: "POST", body: { email }, query: { fields: "id" } });
}

export async function setShippingAddress(address: AddressStep): Promise<void> {
  const id = await cartId();
  const medusaAddress = {
    first_name: address.firstName,
    last_name: address.lastName,
    address_1: address.address1,
    address_2: address.address2,
    postal_code: address.postalCode,
    city: address.city,
    country_code: address.countryCode,
    phone: address.phone,
  };
  // Billing is the same address: the demo shop does not ask twice.
  await storeRequest<unknown>(`/store/carts/${id}`, {
    method: "POST",
    body: { shipping_address: medusaAddress, billing_address: medusaAddress },
    query: { fields: "id" },
  });
}

/** The options Medusa offers for this cart (they depend on its address). */
export async function listShippingChoices(): Promise<ShippingChoice[]> {
  const id = await cartId();
  const { shipping_options } = await storeRequest<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
    query: { cart_id: id },
  });
  return shipping_options.map(toShippingChoice);
}

export async function setShippingOption(optionId: string): Promise<void> {
  const id = await cartId();
  await storeRequest<unknown>(`/store/carts/${id}/shipping-methods`, {
    method: "POST",
    body: { option_id: optionId },
    query: { fields: "id" },
  });
}

/** Opens the cart's payment collection (once) and a session with the demonstration provider. */
export async function startDemoPayment(): Promise<void> {
  const id = await cartId();
  const { payment_collection } = await storeRequest<HttpTypes.StorePaymentCollectionResponse>("/store/payment-collections", {
    method: "POST",
    body: { cart_id: id },
  });
  await storeRequest<unknown>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: PAYMENT_PROVIDER_ID },
  });
}

type CompleteResponse =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name?: string; type?: string } };

/** Places the order; the cart cookie goes with it. Returns the order id. */
export async function completeCart(): Promise<string> {
  const id = await cartId();
  const result = await storeRequest<CompleteResponse>(`/store/carts/${id}/complete`, { method: "POST" });
  if (result.type !== "order") throw new StoreRequestError(result.error.message, 400);
  await forgetCart();
  return result.order.id;
}

export async function getOrderSummary(orderId: string): Promise<OrderSummary | null> {
  try {
    const { order } = await storeRequest<HttpTypes.StoreOrderResponse>(`/store/orders/${orderId}`, {
      query: { fields: "*items,*shipping_address,*shipping_methods,+display_id,+email,+total,+subtotal,+discount_total,+shipping_discount_total,+shipping_total,+tax_total,+item_subtotal" },
    });
    return toOrderSummary(order);
  } catch (error) {
    if (error instanceof StoreRequestError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** The countries the cart's region sells to (ISO codes, lowercase), cached like the catalogue. */
export async function getRegionCountryCodes(regionId: string): Promise<string[]> {
  const { region } = await cachedStoreGet<HttpTypes.StoreRegionResponse>(`/store/regions/${regionId}`, {
    query: { fields: "id,*countries" },
    tags: [CACHE_TAGS.regions],
  });
  return (region.countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2.toLowerCase()] : []));
}

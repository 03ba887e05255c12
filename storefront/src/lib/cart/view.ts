import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics/browser";
import type { HttpTypes } from "@medusajs/types";
import { formatPrice } from "@/lib/format";

/**
 * The cart as the pages render it. Medusa's `HttpTypes` stop here, like the
 * catalogue's: a change in the Store API is handled in one place.
 */
export type CartLine = {
  id: string;
  productId: string | null;
  productTitle: string;
  productHandle: string | null;
  variantId: string | null;
  variantTitle: string | null;
  thumbnail: string | null;
  quantity: number;
  unitPrice: number;
  /** The line before discounts, tax included. */
  total: number;
};

export type CartPromotion = { code: string; automatic: boolean };

export type CartTotals = {
  /** Articles before discounts, tax included. */
  subtotal: number;
  discount: number;
  shipping: number;
  /** VAT included in `total` (French prices are shown TTC). */
  tax: number;
  total: number;
};

export type CartAddress = {
  firstName: string;
  lastName: string;
  address1: string;
  address2: string;
  postalCode: string;
  city: string;
  countryCode: string;
  phone: string;
};

export type CartView = {
  id: string;
  currencyCode: string;
  email: string | null;
  regionId: string | null;
  lines: CartLine[];
  itemCount: number;
  totals: CartTotals;
  promotions: CartPromotion[];
  shippingAddress: CartAddress | null;
  shippingMethod: { optionId: string | null; name: string; amount: number } | null;
  /** Whether the visit's analytics ids are stored in the cart's metadata. */
  visitLinked: boolean;
  /** The provider of the pending payment session, when one was started. */
  paymentProviderId: string | null;
};

function amount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function toLine(item: HttpTypes.StoreCartLineItem): CartLine {
  const unitPrice = amount(item.unit_price);
  return {
    id: item.id,
    productId: item.product_id ?? null,
    productTitle: item.product_title ?? item.title,
    productHandle: item.product_handle ?? null,
    variantId: item.variant_id ?? null,
    variantTitle: item.variant_title ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unitPrice,
    total: typeof item.original_total === "number" ? item.original_total : unitPrice * item.quantity,
  };
}

function toAddress(address: HttpTypes.StoreCartAddress | null | undefined): CartAddress | null {
  if (!address?.address_1) return null;
  return {
    firstName: address.first_name ?? "",
    lastName: address.last_name ?? "",
    address1: address.address_1,
    address2: address.address_2 ?? "",
    postalCode: address.postal_code ?? "",
    city: address.city ?? "",
    countryCode: address.country_code ?? "",
    phone: address.phone ?? "",
  };
}

export function toCartView(cart: HttpTypes.StoreCart): CartView {
  const lines = (cart.items ?? []).map(toLine).sort((a, b) => a.productTitle.localeCompare(b.productTitle, "fr"));
  const method = cart.shipping_methods?.[0];
  const session = cart.payment_collection?.payment_sessions?.[0];
  return {
    id: cart.id,
    currencyCode: cart.currency_code,
    email: cart.email ?? null,
    regionId: cart.region_id ?? null,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    totals: {
      subtotal: lines.reduce((sum, line) => sum + line.total, 0),
      discount: amount(cart.discount_total),
      shipping: amount(cart.shipping_total),
      tax: amount(cart.tax_total),
      total: amount(cart.total),
    },
    promotions: (cart.promotions ?? []).flatMap((promotion) =>
      promotion.code ? [{ code: promotion.code, automatic: promotion.is_automatic === true }] : [],
    ),
    shippingAddress: toAddress(cart.shipping_address),
    shippingMethod: method
      ? { optionId: method.shipping_option_id ?? null, name: method.name, amount: amount(method.amount) }
      : null,
    visitLinked: typeof cart.metadata?.[CART_ATTRIBUTION_KEYS.distinctId] === "string",
    paymentProviderId: session?.provider_id ?? null,
  };
}

export type FormattedTotals = Record<keyof CartTotals, string> & { hasDiscount: boolean; hasShipping: boolean };

/** The totals block, formatted fr-FR; a discount is shown as a negative amount. */
export function formatTotals(totals: CartTotals, currencyCode: string, locale = "fr-FR"): FormattedTotals {
  const format = (value: number) => formatPrice(value, currencyCode, locale);
  return {
    subtotal: format(totals.subtotal),
    discount: totals.discount > 0 ? `−${format(totals.discount)}` : format(0),
    shipping: format(totals.shipping),
    tax: format(totals.tax),
    total: format(totals.total),
    hasDiscount: totals.discount > 0,
    hasShipping: totals.shipping > 0,
  };
}

import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics/browser";
import type { HttpTypes } from "@medusajs/types";
import { formatPrice } from "@/lib/format";
import { readDeferredShippingCode } from "./deferred-promo";

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
  /** Every discount, tax included, the shipping one too (Medusa's `discount_total`). */
  discount: number;
  /** The part of `discount` taken off shipping (a free-shipping code). */
  shippingDiscount: number;
  /** Shipping after its discount. */
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
  /** A free-shipping code typed before any shipping method, applied after the shipping step. */
  deferredShippingCode: string | null;
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
      shippingDiscount: amount((cart as { shipping_discount_total?: unknown }).shipping_discount_total),
      shipping: amount(cart.shipping_total),
      tax: amount(cart.tax_total),
      total: amount(cart.total),
    },
    promotions: (cart.promotions ?? []).flatMap((promotion) =>
      promotion.code ? [{ code: promotion.code, automatic: promotion.is_automatic === true }] : [],
    ),
    deferredShippingCode: readDeferredShippingCode(cart.metadata),
    shippingAddress: toAddress(cart.shipping_address),
    shippingMethod: method
      ? { optionId: method.shipping_option_id ?? null, name: method.name, amount: amount(method.amount) }
      : null,
    visitLinked: typeof cart.metadata?.[CART_ATTRIBUTION_KEYS.distinctId] === "string",
    paymentProviderId: session?.provider_id ?? null,
  };
}

export type FormattedTotals = Record<Exclude<keyof CartTotals, "shippingDiscount">, string> & {
  hasDiscount: boolean;
  hasShipping: boolean;
  /** Shipping made free by a promotion: shown as « Livraison offerte », not as a discount. */
  freeShipping: boolean;
};

/**
 * The totals block, formatted fr-FR; a discount is shown as a negative amount. Shipping is
 * shown after its own discount, so the discount line counts only the articles' and the
 * lines still add up (articles − discount + shipping = total).
 */
export function formatTotals(totals: CartTotals, currencyCode: string, locale = "fr-FR"): FormattedTotals {
  const format = (value: number) => formatPrice(value, currencyCode, locale);
  // Medusa's totals are floats (a 4,90 € shipping discount comes back as 4.8999999999999995):
  // compare in cents, or a free shipping shows a "−0,00 €" discount line.
  const cents = (value: number) => Math.round(value * 100);
  const articlesDiscount = Math.max(0, cents(totals.discount) - cents(totals.shippingDiscount)) / 100;
  return {
    subtotal: format(totals.subtotal),
    discount: articlesDiscount > 0 ? `−${format(articlesDiscount)}` : format(0),
    shipping: format(totals.shipping),
    tax: format(totals.tax),
    total: format(totals.total),
    hasDiscount: articlesDiscount > 0,
    hasShipping: totals.shipping > 0,
    freeShipping: cents(totals.shippingDiscount) > 0 && cents(totals.shipping) === 0,
  };
}

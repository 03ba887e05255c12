"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { track } from "@/lib/analytics/client";
import { cartLineEvent } from "@/lib/analytics/cart-events";
import { type CartFailure, removeLineAction, updateQuantityAction } from "@/lib/cart-actions";
import type { CartLine, CartView as Cart } from "@/lib/cart/view";
import { formatPrice } from "@/lib/format";
import { productPath } from "@/lib/routes";
import { CART_ERROR_KEYS } from "./cart-error";
import { CartSummary } from "./cart-summary";
import { PromoForm } from "./promo-form";

const MAX_QUANTITY = 99;

/** The cart's lines with their quantity and remove controls, the promo field and the totals. */
export function CartView({ initialCart }: { initialCart: Cart }) {
  const t = useTranslations("Cart");
  const router = useRouter();
  const [cart, setCart] = useState(initialCart);
  const [error, setError] = useState<CartFailure | null>(null);
  const [pending, startTransition] = useTransition();

  const changed = (next: Cart) => {
    setCart(next);
    setError(null);
    router.refresh(); // the header's count
  };

  const setQuantity = (line: CartLine, quantity: number) => {
    if (quantity === line.quantity || quantity < 1 || quantity > MAX_QUANTITY) return;
    startTransition(async () => {
      const result = await updateQuantityAction(line.id, quantity);
      if (!result.ok) return setError(result.reason);
      const difference = quantity - line.quantity;
      const event = cartLineEvent(
        difference > 0 ? "product_added_to_cart" : "product_removed_from_cart",
        line,
        Math.abs(difference),
        result.cart,
      );
      if (event) track(event.name, event.properties);
      changed(result.cart);
    });
  };

  const remove = (line: CartLine) => {
    startTransition(async () => {
      const result = await removeLineAction(line.id);
      if (!result.ok) return setError(result.reason);
      const event = cartLineEvent("product_removed_from_cart", line, line.quantity, result.cart);
      if (event) track(event.name, event.properties);
      changed(result.cart);
    });
  };

  if (cart.lines.length === 0) {
    return (
      <p>
        {t("empty")}{" "}
        <Link href="/" className="font-semibold">
          {t("continueShopping")}
        </Link>
      </p>
    );
  }

  return (
    <div className="grid gap-10 lg:grid-cols-[2fr_1fr]" aria-busy={pending}>
      <div>
        <p role="alert" className="mb-4 text-red-700 empty:hidden">
          {error ? t(CART_ERROR_KEYS[error]) : ""}
        </p>
        <ul className="divide-y divide-line border-y border-line">
          {cart.lines.map((line) => {
            const title = line.variantTitle ? `${line.productTitle} – ${line.variantTitle}` : line.productTitle;
            return (
              <li key={line.id} className="flex flex-wrap items-center justify-between gap-4 py-4">
                <div className="min-w-48 grow">
                  {line.productHandle ? (
                    <Link href={productPath(line.productHandle)} className="font-semibold">
                      {line.productTitle}
                    </Link>
                  ) : (
                    <span className="font-semibold">{line.productTitle}</span>
                  )}
                  {line.variantTitle && <p className="text-sm text-muted">{line.variantTitle}</p>}
                  <p className="text-sm text-muted">{t("unitPrice", { price: formatPrice(line.unitPrice, cart.currencyCode) })}</p>
                </div>
                <div className="flex items-center gap-3">
                  <label className="sr-only" htmlFor={`quantite-${line.id}`}>
                    {t("quantityLabel", { title })}
                  </label>
                  <select
                    id={`quantite-${line.id}`}
                    value={line.quantity}
                    disabled={pending}
                    onChange={(event) => setQuantity(line, Number.parseInt(event.target.value, 10))}
                    className="rounded border border-line px-2 py-2"
                  >
                    {Array.from({ length: Math.max(10, line.quantity) }, (_, index) => index + 1).map((value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </select>
                  <span className="w-24 text-right font-semibold">{formatPrice(line.total, cart.currencyCode)}</span>
                  <button
                    type="button"
                    onClick={() => remove(line)}
                    disabled={pending}
                    aria-label={t("removeLabel", { title })}
                    className="underline"
                  >
                    {t("remove")}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </div>

      <aside className="space-y-8">
        <section aria-labelledby="cart-summary-title" className="space-y-3">
          <h2 id="cart-summary-title" className="text-lg font-semibold">
            {t("summaryTitle")}
          </h2>
          <CartSummary totals={cart.totals} currencyCode={cart.currencyCode} shippingKnown={cart.shippingMethod !== null} />
          <Link
            href="/commande"
            className="block rounded bg-brand px-6 py-3 text-center text-lg font-semibold text-white no-underline"
          >
            {t("checkout")}
          </Link>
        </section>
        <PromoForm cart={cart} onChange={changed} />
      </aside>
    </div>
  );
}

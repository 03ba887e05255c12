"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { getVisitIds, track } from "@/lib/analytics/client";
import { cartLineEvent } from "@/lib/analytics/cart-events";
import { addToCartAction, type CartFailure } from "@/lib/cart-actions";
import type { ProductVariant } from "@/lib/catalogue";
import { CART_ERROR_KEYS } from "../cart/cart-error";

const MAX_QUANTITY = 99;

type Status = { kind: "idle" } | { kind: "added"; count: number } | { kind: "failed"; reason: CartFailure };

/** Quantity and "add to cart" for the chosen variant; disabled when it cannot be bought. */
export function AddToCart({
  product,
  variant,
}: {
  product: { id: string; handle: string; title: string };
  variant: ProductVariant | null;
}) {
  const t = useTranslations("Product");
  const tCart = useTranslations("Cart");
  const router = useRouter();
  const baseId = useId();
  const [quantity, setQuantity] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  const outOfStock = variant?.stock.state === "out_of_stock";
  const buyable = variant !== null && variant.price !== null && !outOfStock;
  const hintId = `${baseId}-hint`;

  const add = () => {
    if (!variant || !buyable) return;
    startTransition(async () => {
      const visit = getVisitIds();
      const result = await addToCartAction({ variantId: variant.id, quantity, visit });
      if (!result.ok) {
        setStatus({ kind: "failed", reason: result.reason });
        return;
      }
      setStatus({ kind: "added", count: quantity });
      const event = cartLineEvent(
        "product_added_to_cart",
        {
          productId: product.id,
          variantId: variant.id,
          productHandle: product.handle,
          productTitle: product.title,
          unitPrice: variant.price?.amount ?? 0,
        },
        quantity,
        result.cart,
      );
      if (event) track(event.name, event.properties);
      // The header's count comes from the cart cookie the action just updated.
      router.refresh();
    });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${baseId}-quantity`} className="mb-1 block text-sm font-semibold">
            {t("quantity")}
          </label>
          <input
            id={`${baseId}-quantity`}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            value={quantity}
            disabled={!buyable}
            onChange={(event) => {
              const value = Number.parseInt(event.target.value, 10);
              setQuantity(Number.isFinite(value) ? Math.min(Math.max(value, 1), MAX_QUANTITY) : 1);
            }}
            className="w-20 rounded border border-line px-3 py-3"
          />
        </div>
        <button
          type="button"
          onClick={add}
          disabled={!buyable || pending}
          aria-describedby={hintId}
          className="rounded bg-brand px-6 py-3 text-lg font-semibold text-white disabled:cursor-not-allowed disabled:bg-muted"
        >
          {outOfStock ? t("outOfStockButton") : pending ? t("adding") : t("addToCart")}
        </button>
      </div>
      <p id={hintId} role="status" className="text-sm">
        {outOfStock && <span className="text-muted">{t("outOfStockHint")}</span>}
        {!outOfStock && status.kind === "added" && (
          <>
            {t("added", { count: status.count })}{" "}
            <Link href="/panier" className="font-semibold">
              {t("viewCart")}
            </Link>
          </>
        )}
        {!outOfStock && status.kind === "failed" && (
          <span className="text-red-700">{tCart(CART_ERROR_KEYS[status.reason])}</span>
        )}
      </p>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { track } from "@/lib/analytics/client";
import { applyPromoAction, removePromoAction } from "@/lib/cart-actions";
import { PROMO_REJECTION_MESSAGE_KEYS, type PromoRejection } from "@/lib/cart/promo-errors";
import type { CartPromotion, CartView } from "@/lib/cart/view";
import { CART_ERROR_KEYS } from "./cart-error";

type Message = { kind: "ok" | "error"; text: string } | null;

/** The promo code field, and the promotions already on the cart (typed codes can be removed). */
export function PromoForm({ cart, onChange }: { cart: CartView; onChange: (cart: CartView) => void }) {
  const t = useTranslations("Cart");
  const baseId = useId();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();

  const reasonText = (reason: PromoRejection | keyof typeof CART_ERROR_KEYS, shown: string) =>
    reason in PROMO_REJECTION_MESSAGE_KEYS
      ? t(PROMO_REJECTION_MESSAGE_KEYS[reason as PromoRejection], { code: shown })
      : t(CART_ERROR_KEYS[reason as keyof typeof CART_ERROR_KEYS]);

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await applyPromoAction(code);
      if (result.ok) {
        onChange(result.cart);
        setCode("");
        if (result.status === "deferred") {
          // Not applied yet: promo_code_applied is sent by the checkout once Medusa applies it.
          setMessage({ kind: "ok", text: t("promoDeferred", { code: result.code }) });
          return;
        }
        setMessage({ kind: "ok", text: t("promoApplied", { code: result.code }) });
        track("promo_code_applied", {
          cart_id: result.cart.id,
          code: result.code,
          discount_total: result.cart.totals.discount,
          currency: result.cart.currencyCode,
        });
        return;
      }
      const text = reasonText(result.reason, result.code);
      setMessage({ kind: "error", text });
      track("promo_code_rejected", { cart_id: cart.id, code: result.code.slice(0, 200), reason: text.slice(0, 200) });
    });
  };

  const remove = (promotion: Pick<CartPromotion, "code">) => {
    startTransition(async () => {
      const result = await removePromoAction(promotion.code);
      if (result.ok) {
        onChange(result.cart);
        setMessage(null);
      } else setMessage({ kind: "error", text: t(CART_ERROR_KEYS[result.reason]) });
    });
  };

  const errorId = `${baseId}-message`;
  return (
    <section aria-labelledby={`${baseId}-title`} className="space-y-3">
      <h2 id={`${baseId}-title`} className="text-lg font-semibold">
        {t("promoTitle")}
      </h2>
      {cart.deferredShippingCode && (
        <p className="flex items-center justify-between gap-2 text-sm">
          <span>{t("promoDeferred", { code: cart.deferredShippingCode })}</span>
          <button type="button" onClick={() => remove({ code: cart.deferredShippingCode ?? "" })} disabled={pending} className="underline">
            {t("promoRemove", { code: cart.deferredShippingCode })}
          </button>
        </p>
      )}
      {cart.promotions.length > 0 && (
        <ul className="space-y-1">
          {cart.promotions.map((promotion) => (
            <li key={promotion.code} className="flex items-center justify-between gap-2 text-sm">
              <span>
                {promotion.automatic ? (
                  <>
                    <span className="rounded bg-brand-soft px-2 py-0.5 font-semibold">{t("promoAutomatic")}</span>{" "}
                    {promotion.code}
                  </>
                ) : (
                  t("promoCode", { code: promotion.code })
                )}
              </span>
              {!promotion.automatic && (
                <button type="button" onClick={() => remove(promotion)} disabled={pending} className="underline">
                  {t("promoRemove", { code: promotion.code })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={apply} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="grow">
          <label htmlFor={`${baseId}-code`} className="mb-1 block text-sm font-semibold">
            {t("promoLabel")}
          </label>
          <input
            id={`${baseId}-code`}
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            maxLength={50}
            autoComplete="off"
            aria-invalid={message?.kind === "error"}
            aria-describedby={message ? errorId : undefined}
            className="w-full rounded border border-line px-3 py-2"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
          {t("promoApply")}
        </button>
      </form>
      <p id={errorId} role="status" className={message?.kind === "error" ? "text-sm text-red-700" : "text-sm text-brand-strong"}>
        {message?.text}
      </p>
    </section>
  );
}

import { useTranslations } from "next-intl";
import { type CartTotals, formatTotals } from "@/lib/cart/view";

/** Totals, TTC, with the VAT they include: the layout French shops use. */
export function CartSummary({
  totals,
  currencyCode,
  shippingKnown,
}: {
  totals: CartTotals;
  currencyCode: string;
  shippingKnown: boolean;
}) {
  const t = useTranslations("Cart");
  const formatted = formatTotals(totals, currencyCode);
  const row = "flex justify-between gap-4 py-1";
  return (
    <dl className="divide-y divide-line">
      <div className={row}>
        <dt>{t("subtotal")}</dt>
        <dd>{formatted.subtotal}</dd>
      </div>
      {formatted.hasDiscount && (
        <div className={`${row} text-brand-strong`}>
          <dt>{t("discount")}</dt>
          <dd>{formatted.discount}</dd>
        </div>
      )}
      <div className={formatted.freeShipping ? `${row} text-brand-strong` : row}>
        <dt>{formatted.freeShipping ? t("shippingOffered") : t("shipping")}</dt>
        <dd>{shippingKnown ? formatted.shipping : t("shippingLater")}</dd>
      </div>
      <div className={`${row} text-lg font-bold`}>
        <dt>{t("total")}</dt>
        <dd>{formatted.total}</dd>
      </div>
      <div className={`${row} text-sm text-muted`}>
        <dt>{t("tax")}</dt>
        <dd>{formatted.tax}</dd>
      </div>
    </dl>
  );
}

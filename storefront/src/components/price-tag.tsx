import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALES } from "@/i18n/locales";
import { formatPrice } from "@/lib/format";
import { discountPercent, type ProductPrice, type VariantPrice } from "@/lib/pricing";

type PriceTagProps = {
  price: ProductPrice | VariantPrice | null;
  className?: string;
  /** Product pages say the price includes VAT (TTC); cards stay short. */
  showTaxNote?: boolean;
};

/**
 * A price as French shops show it: the sale price first, the original struck
 * through, the discount in percent. Screen readers hear "Prix soldé … au lieu
 * de …", since a struck-through text alone is not announced as such.
 * Works in server and client components alike.
 */
export function PriceTag({ price, className, showTaxNote = false }: PriceTagProps) {
  const t = useTranslations("Price");
  const locale = INTL_LOCALES[useLocale()];

  if (!price) return <p className={`text-muted ${className ?? ""}`}>{t("unavailable")}</p>;

  const current = formatPrice(price.amount, price.currencyCode, locale);
  const isFrom = "isFrom" in price && price.isFrom;
  const shown = isFrom ? t("from", { price: current }) : current;
  const discount = discountPercent(price);

  return (
    <p className={`flex flex-wrap items-baseline gap-x-2 ${className ?? ""}`}>
      {price.originalAmount !== null && discount !== null ? (
        <>
          <span className="sr-only">{t("salePrice")}</span>
          <span className="text-sale">{shown}</span>
          <span className="sr-only">{t("insteadOf")}</span>
          <del className="text-base font-normal text-muted">
            {formatPrice(price.originalAmount, price.currencyCode, locale)}
          </del>
          <span className="rounded bg-sale px-1.5 py-0.5 text-sm font-bold text-white">
            {t("discount", { percent: discount })}
          </span>
        </>
      ) : (
        <span>{shown}</span>
      )}
      {showTaxNote && <span className="text-sm font-normal text-muted">{t("taxIncluded")}</span>}
    </p>
  );
}

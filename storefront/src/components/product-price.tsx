import { getLocale, getTranslations } from "next-intl/server";
import { INTL_LOCALES } from "@/i18n/locales";
import type { ProductPrice as Price } from "@/lib/catalogue";
import { formatPrice } from "@/lib/format";

export async function ProductPrice({ price, className }: { price: Price | null; className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Product")]);

  if (!price) {
    return <p className={`text-muted ${className ?? ""}`}>{t("priceUnavailable")}</p>;
  }
  const amount = formatPrice(price.amount, price.currencyCode, INTL_LOCALES[locale]);
  return <p className={className}>{price.isFrom ? t("priceFrom", { price: amount }) : amount}</p>;
}

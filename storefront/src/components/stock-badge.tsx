import { useTranslations } from "next-intl";
import type { StockInfo } from "@/lib/stock";

const STYLES: Record<StockInfo["state"], string> = {
  in_stock: "text-brand-strong",
  low_stock: "text-warning",
  out_of_stock: "text-sale",
};

/** "En stock", "Plus que 3 en stock" or "Rupture de stock", with a shape as well as a colour. */
export function StockBadge({ stock, className }: { stock: StockInfo; className?: string }) {
  const t = useTranslations("Stock");
  const label =
    stock.state === "low_stock" && stock.remaining !== null
      ? t("low", { count: stock.remaining })
      : stock.state === "out_of_stock"
        ? t("out")
        : t("in");
  return (
    <p className={`flex items-center gap-2 text-sm font-semibold ${STYLES[stock.state]} ${className ?? ""}`}>
      <span aria-hidden="true">{stock.state === "in_stock" ? "●" : stock.state === "low_stock" ? "▲" : "✕"}</span>
      {label}
    </p>
  );
}

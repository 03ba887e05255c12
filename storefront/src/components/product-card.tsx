import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ProductSummary } from "@/lib/catalogue";
import { productPath } from "@/lib/routes";
import { PriceTag } from "./price-tag";
import { ProductImage } from "./product-image";
import { StockBadge } from "./stock-badge";

export async function ProductCard({ product, eager }: { product: ProductSummary; eager?: boolean }) {
  const t = await getTranslations("Product");

  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-lg border border-line bg-white transition-shadow focus-within:shadow-md hover:shadow-md">
      <ProductImage
        src={product.thumbnail}
        alt={product.title}
        placeholderLabel={t("noImage")}
        // Two columns below the `lg` breakpoint, four from it (see ProductGrid).
        sizes="(min-width: 1024px) 25vw, 50vw"
        eager={eager}
      />
      <div className="flex flex-1 flex-col gap-2 p-3 sm:p-4">
        <h3 className="text-base font-semibold">
          {/* The link covers the whole card (::after), so the card is one target with one name. */}
          <Link
            href={productPath(product.handle)}
            className="no-underline after:absolute after:inset-0 after:content-[''] group-hover:underline"
          >
            {product.title}
          </Link>
        </h3>
        <div className="mt-auto space-y-1">
          <PriceTag price={product.price} className="font-semibold text-brand-strong" />
          {product.stock.state !== "in_stock" && <StockBadge stock={product.stock} />}
        </div>
      </div>
    </article>
  );
}

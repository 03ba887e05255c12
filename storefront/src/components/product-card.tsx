import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ProductSummary } from "@/lib/catalogue";
import { productPath } from "@/lib/routes";
import { ProductImage } from "./product-image";
import { ProductPrice } from "./product-price";

export async function ProductCard({ product, eager }: { product: ProductSummary; eager?: boolean }) {
  const t = await getTranslations("Product");

  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-lg border border-line bg-white transition-shadow focus-within:shadow-md hover:shadow-md">
      <ProductImage
        src={product.thumbnail}
        alt=""
        placeholderLabel={t("noImage")}
        sizes="(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw"
        eager={eager}
      />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h3 className="text-base font-semibold">
          {/* The link covers the whole card (::after), so the card is one target with one name. */}
          <Link
            href={productPath(product.handle)}
            className="no-underline after:absolute after:inset-0 after:content-[''] group-hover:underline"
          >
            {product.title}
          </Link>
        </h3>
        <ProductPrice price={product.price} className="mt-auto font-semibold text-brand-strong" />
      </div>
    </article>
  );
}

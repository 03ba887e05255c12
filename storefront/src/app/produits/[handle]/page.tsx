import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { ProductImage } from "@/components/product-image";
import { ProductPrice } from "@/components/product-price";
import type { ProductDetail } from "@/lib/catalogue";
import { isBackendUnavailable } from "@/lib/data/errors";
import { getProductByHandle } from "@/lib/data/products";
import { getShopName } from "@/lib/data/storefront-config";
import { productPath } from "@/lib/routes";
import { serializeJsonLd, toMetaDescription } from "@/lib/seo";

/** Longer than any handle Medusa generates; anything longer is not worth a backend call. */
const MAX_HANDLE_LENGTH = 200;

type ProductPageProps = PageProps<"/produits/[handle]">;

/**
 * The product, `null` when the backend is unreachable; unknown handles end in a 404.
 * Cached per request: metadata and page share one lookup (and one log line).
 */
const loadProduct = cache(async (handle: string): Promise<ProductDetail | null> => {
  if (handle.length > MAX_HANDLE_LENGTH) notFound();
  try {
    const product = await getProductByHandle(handle);
    if (!product) notFound();
    return product;
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] product page ${handle} unavailable: ${error.message}`);
    return null;
  }
});

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params;
  const [product, t] = await Promise.all([loadProduct(handle), getTranslations("Metadata")]);
  if (!product) return { title: t("productTitleFallback") };

  const shopName = (await getShopName()) ?? t("defaultShopName");
  const description =
    toMetaDescription(product.subtitle) ??
    toMetaDescription(product.description) ??
    t("productDescriptionFallback", { title: product.title, shopName });
  return {
    title: product.title,
    description,
    alternates: { canonical: productPath(product.handle) },
    openGraph: {
      title: product.title,
      description,
      type: "website",
      images: product.thumbnail ? [{ url: product.thumbnail }] : undefined,
    },
  };
}

function productJsonLd(product: ProductDetail): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: toMetaDescription(product.description) ?? undefined,
    image: product.images.length > 0 ? product.images.map((image) => image.url) : undefined,
    offers: product.price
      ? {
          "@type": product.price.isFrom ? "AggregateOffer" : "Offer",
          [product.price.isFrom ? "lowPrice" : "price"]: product.price.amount,
          priceCurrency: product.price.currencyCode.toUpperCase(),
        }
      : undefined,
  };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle } = await params;
  const [product, t] = await Promise.all([loadProduct(handle), getTranslations("Product")]);
  if (!product) return <BackendUnavailable retryHref={productPath(handle)} />;

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(productJsonLd(product)) }}
      />
      <p className="mb-6">
        <Link href="/" className="text-brand hover:text-brand-strong">
          <span aria-hidden="true">← </span>
          {t("backToShop")}
        </Link>
      </p>

      <div className="grid gap-10 md:grid-cols-2">
        <div className="overflow-hidden rounded-lg border border-line">
          <ProductImage
            src={product.thumbnail}
            alt={t("imageAlt", { title: product.title })}
            placeholderLabel={t("noImage")}
            sizes="(min-width: 768px) 50vw, 100vw"
            eager
          />
        </div>

        <div>
          <h1 className="text-3xl font-bold tracking-tight">{product.title}</h1>
          {product.subtitle && <p className="mt-2 text-lg text-muted">{product.subtitle}</p>}
          <ProductPrice price={product.price} className="mt-6 text-2xl font-semibold text-brand-strong" />

          <section aria-labelledby="description-title" className="mt-8">
            <h2 id="description-title" className="text-lg font-semibold">
              {t("descriptionHeading")}
            </h2>
            <p className="mt-2 whitespace-pre-line leading-relaxed">
              {product.description ?? t("noDescription")}
            </p>
          </section>
        </div>
      </div>
    </article>
  );
}

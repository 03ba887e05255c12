import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLdScript } from "@/components/json-ld-script";
import { ProductGallery } from "@/components/product/product-gallery";
import { VARIANT_PARAM, VariantPicker } from "@/components/product/variant-picker";
import { ProductGrid } from "@/components/product-grid";
import { TrackEvent } from "@/components/track-event";
import { productViewedEvent } from "@/lib/analytics/page-events";
import { isBackendUrl } from "@/lib/backend-url";
import { defaultVariant, type ProductDetail } from "@/lib/catalogue";
import { categoryAncestors, primaryCategory } from "@/lib/categories";
import { listCategories } from "@/lib/data/categories";
import { isBackendUnavailable } from "@/lib/data/errors";
import { getProductByHandle, listCatalogue } from "@/lib/data/products";
import { breadcrumbJsonLd, type BreadcrumbItem, productJsonLd } from "@/lib/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { relatedProducts } from "@/lib/related";
import { categoryPath, collectionPath, productPath } from "@/lib/routes";
import { toMetaDescription } from "@/lib/seo";
import { getDisplayShopName } from "@/lib/shop-name";
import { getStorefrontUrl } from "@/lib/site-url";

/** Longer than any handle Medusa generates; anything longer is not worth a backend call. */
const MAX_HANDLE_LENGTH = 200;

type ProductPageProps = PageProps<"/produits/[handle]">;

/**
 * The product with what surrounds it (category trail, related products), `null`
 * when the backend is unreachable; unknown handles end in a 404. Cached per
 * request: metadata and page share one lookup.
 */
const loadProduct = cache(async (handle: string) => {
  if (handle.length > MAX_HANDLE_LENGTH) notFound();
  try {
    const product = await getProductByHandle(handle);
    if (!product) notFound();
    const [categories, catalogue] = await Promise.all([listCategories(), listCatalogue()]);
    const category = primaryCategory(categories, product.categoryIds);
    const trail = category ? [...categoryAncestors(categories, category.id), category] : [];
    return { product, trail, related: relatedProducts(catalogue, product) };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] product page ${handle} unavailable: ${error.message}`);
    return null;
  }
});

function productDescription(product: ProductDetail): string | null {
  return product.seo.description ?? toMetaDescription(product.subtitle) ?? toMetaDescription(product.description);
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params;
  const [data, t] = await Promise.all([loadProduct(handle), getTranslations("Metadata")]);
  if (!data) return { title: t("productTitleFallback") };
  const { product } = data;
  const shopName = await getDisplayShopName();
  const title = product.seo.title ?? product.title;
  return pageMetadata({
    title,
    // A meta title typed by the student is the whole <title>, as in Shopify or PrestaShop:
    // the admin's preview and advice judge exactly what search engines receive.
    absoluteTitle: product.seo.title !== null,
    description: productDescription(product) ?? t("productDescriptionFallback", { title: product.title, shopName }),
    path: productPath(product.handle),
    shopName,
    images: [
      // The social image chosen in the admin comes first: networks show the first one.
      ...(product.seo.socialImageUrl ? [{ url: product.seo.socialImageUrl, alt: title }] : []),
      ...product.images.map((image, index) => ({
        url: image.url,
        alt: product.seo.imageAlts[image.id] ?? t("productImageAlt", { title: product.title, position: index + 1 }),
      })),
    ].slice(0, 4),
    noindex: product.seo.noindex,
    canonical: product.seo.canonicalUrl,
  });
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const [{ handle }, query, t, shopName] = await Promise.all([
    params,
    searchParams,
    getTranslations("Product"),
    getDisplayShopName(),
  ]);
  const data = await loadProduct(handle);
  if (!data) return <BackendUnavailable retryHref={productPath(handle)} />;

  const { product, trail, related } = data;
  const requested = query[VARIANT_PARAM];
  const variant = defaultVariant(product.variants, typeof requested === "string" ? requested : null);
  const path = productPath(product.handle);
  const breadcrumbs: BreadcrumbItem[] = [
    { name: t("home"), path: "/" },
    ...(trail.length > 0
      ? trail.map((category) => ({ name: category.name, path: categoryPath(category.handle) }))
      : product.collection
        ? [{ name: product.collection.title, path: collectionPath(product.collection.handle) }]
        : []),
    { name: product.title, path },
  ];
  const baseUrl = getStorefrontUrl();
  const images = product.images.map((image, index) => ({
    id: image.id,
    url: image.url,
    alt:
      product.seo.imageAlts[image.id] ??
      t("imageAlt", { title: product.title, position: index + 1, count: product.images.length }),
    optimise: isBackendUrl(image.url),
  }));

  return (
    <article>
      <JsonLdScript
        data={[
          productJsonLd({ product, variant, path, baseUrl, brand: shopName }),
          breadcrumbJsonLd(breadcrumbs, baseUrl),
        ]}
      />
      <TrackEvent event={productViewedEvent(product, variant, trail.at(-1)?.name ?? null)} />
      <Breadcrumbs items={breadcrumbs} />

      <div className="grid gap-10 md:grid-cols-2">
        <ProductGallery images={images} productTitle={product.title} />

        <div className="space-y-8">
          <header>
            <h1 className="text-3xl font-bold tracking-tight">{product.title}</h1>
            {product.subtitle && <p className="mt-2 text-lg text-muted">{product.subtitle}</p>}
          </header>
          <VariantPicker
            product={{ id: product.id, handle: product.handle, title: product.title }}
            options={product.options} variants={product.variants} initialVariantId={variant?.id ?? null} />

          <section aria-labelledby="description-title">
            <h2 id="description-title" className="text-lg font-semibold">
              {t("descriptionHeading")}
            </h2>
            <p className="mt-2 whitespace-pre-line leading-relaxed">{product.description ?? t("noDescription")}</p>
          </section>
        </div>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="related-title" className="mt-16">
          <h2 id="related-title" className="mb-6 text-2xl font-semibold">
            {t("relatedHeading")}
          </h2>
          <ProductGrid products={related} eagerCount={0} />
        </section>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { JsonLdScript } from "@/components/json-ld-script";
import { ProductGrid } from "@/components/product-grid";
import { TrackEvent } from "@/components/track-event";
import { productListViewedEvent } from "@/lib/analytics/page-events";
import { listCategories, listCollections } from "@/lib/data/categories";
import { isBackendUnavailable } from "@/lib/data/errors";
import { listCatalogue } from "@/lib/data/products";
import { homeJsonLd } from "@/lib/json-ld";
import { pageMetadata } from "@/lib/metadata";
import { categoryPath, collectionPath } from "@/lib/routes";
import { getDisplayShopName } from "@/lib/shop-name";
import { getStorefrontUrl } from "@/lib/site-url";

/** Two rows of cards on a wide screen. */
const NEW_PRODUCTS_COUNT = 8;
const SALE_PRODUCTS_COUNT = 4;

export async function generateMetadata(): Promise<Metadata> {
  const [t, shopName] = await Promise.all([getTranslations("Metadata"), getDisplayShopName()]);
  return pageMetadata({
    title: shopName,
    absoluteTitle: true,
    description: t("homeDescription", { shopName }),
    path: "/",
    shopName,
  });
}

async function loadHome() {
  try {
    const [catalogue, categories, collections] = await Promise.all([listCatalogue(), listCategories(), listCollections()]);
    return {
      newProducts: catalogue.slice(0, NEW_PRODUCTS_COUNT),
      onSale: catalogue.filter((product) => product.price?.originalAmount != null).slice(0, SALE_PRODUCTS_COUNT),
      productCount: catalogue.length,
      topCategories: categories.filter((category) => category.parentId === null),
      collections,
    };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] home page without catalogue: ${error.message}`);
    return null;
  }
}

const TILE =
  "flex h-full items-center justify-center rounded-lg border border-line bg-surface px-4 py-6 text-center font-semibold no-underline hover:border-brand hover:text-brand-strong";

export default async function HomePage() {
  const [t, shopName, home] = await Promise.all([getTranslations("Home"), getDisplayShopName(), loadHome()]);
  if (!home) return <BackendUnavailable retryHref="/" />;

  return (
    <>
      <JsonLdScript data={homeJsonLd({ shopName, baseUrl: getStorefrontUrl() })} />
      <TrackEvent event={productListViewedEvent({ type: "home", productsCount: home.newProducts.length })} />
      <section aria-labelledby="shop-title" className="mb-12 rounded-xl bg-brand-soft px-6 py-10 sm:px-10">
        <h1 id="shop-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {shopName}
        </h1>
        <p className="mt-3 max-w-2xl text-lg">{t("intro")}</p>
      </section>

      {home.collections.length > 0 && (
        <section aria-labelledby="collections-title" className="mb-12">
          <h2 id="collections-title" className="mb-4 text-2xl font-semibold">
            {t("collectionsHeading")}
          </h2>
          <ul className="grid grid-cols-2 gap-4 md:grid-cols-3">
            {home.collections.map((collection) => (
              <li key={collection.id}>
                <Link href={collectionPath(collection.handle)} className={TILE}>
                  {collection.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="products-title" className="mb-12">
        <div className="mb-6 flex items-baseline justify-between gap-4">
          <h2 id="products-title" className="text-2xl font-semibold">
            {t("productsHeading")}
          </h2>
          <p className="text-sm text-muted">{t("productCount", { count: home.productCount })}</p>
        </div>
        {home.newProducts.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">{t("empty")}</p>
        ) : (
          <ProductGrid products={home.newProducts} />
        )}
      </section>

      {home.onSale.length > 0 && (
        <section aria-labelledby="sale-title" className="mb-12">
          <h2 id="sale-title" className="mb-4 text-2xl font-semibold">
            {t("saleHeading")}
          </h2>
          <ProductGrid products={home.onSale} eagerCount={0} />
        </section>
      )}

      {home.topCategories.length > 0 && (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title" className="mb-4 text-2xl font-semibold">
            {t("categoriesHeading")}
          </h2>
          <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
            {home.topCategories.map((category) => (
              <li key={category.id}>
                <Link href={categoryPath(category.handle)} className={TILE}>
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { ProductCard } from "@/components/product-card";
import { isBackendUnavailable } from "@/lib/data/errors";
import { listProducts } from "@/lib/data/products";
import { getShopName, getStorefrontConfig } from "@/lib/data/storefront-config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  const shopName = (await getShopName()) ?? t("defaultShopName");
  return {
    title: { absolute: shopName },
    description: t("homeDescription", { shopName }),
  };
}

async function loadHome() {
  try {
    const [config, catalogue] = await Promise.all([getStorefrontConfig(), listProducts()]);
    return { config, catalogue };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] home page without catalogue: ${error.message}`);
    return null;
  }
}

export default async function HomePage() {
  const [t, tMetadata, home] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Metadata"),
    loadHome(),
  ]);
  if (!home) return <BackendUnavailable retryHref="/" />;

  const { config, catalogue } = home;
  const shopName = config.shopName || tMetadata("defaultShopName");

  return (
    <>
      <section aria-labelledby="shop-title" className="mb-10">
        <h1 id="shop-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {shopName}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">{t("intro")}</p>
      </section>

      <section aria-labelledby="products-title">
        <div className="mb-6 flex items-baseline justify-between gap-4">
          <h2 id="products-title" className="text-2xl font-semibold">
            {t("productsHeading")}
          </h2>
          <p className="text-sm text-muted">{t("productCount", { count: catalogue.count })}</p>
        </div>

        {catalogue.products.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">
            {t("empty")}
          </p>
        ) : (
          <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {catalogue.products.map((product, index) => (
              <li key={product.id} className="flex">
                <ProductCard product={product} eager={index < 4} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

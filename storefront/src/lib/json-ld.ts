import type { ProductDetail, ProductVariant } from "./catalogue";
import { SEARCH_PATH } from "./routes";
import { toMetaDescription } from "./seo";
import { schemaAvailability } from "./stock";

/**
 * schema.org data for search engines. Builders return plain objects; pages
 * print them with `serializeJsonLd`, which makes any text in them inert.
 */
export type JsonLd = Record<string, unknown>;

export type BreadcrumbItem = { name: string; path: string };

function absolute(pathOrUrl: string, baseUrl: URL): string {
  return new URL(pathOrUrl, baseUrl).href;
}

export function breadcrumbJsonLd(items: readonly BreadcrumbItem[], baseUrl: URL): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absolute(item.path, baseUrl),
    })),
  };
}

/** Prices go out with two decimals, as a string: `19.9` would read as 19,90 € anyway, but strictly. */
function schemaPrice(amount: number): string {
  return amount.toFixed(2);
}

/**
 * A product with one `Offer`: the variant the page shows first (the cheapest
 * available). `offers.price`, `priceCurrency` and `availability` are what search
 * engines (and the shop's SEO audit) require.
 */
export function productJsonLd({
  product,
  variant,
  path,
  baseUrl,
  brand,
}: {
  product: ProductDetail;
  variant: ProductVariant | null;
  path: string;
  baseUrl: URL;
  brand: string;
}): JsonLd {
  const url = absolute(path, baseUrl);
  const images = (product.images.length > 0 ? product.images.map((image) => image.url) : [product.thumbnail])
    .filter((image): image is string => Boolean(image))
    .map((image) => absolute(image, baseUrl));
  const price = variant?.price ?? product.price;
  const sku = variant?.sku ?? product.skus[0] ?? null;
  const availability = variant?.stock.state ?? product.stock.state;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    // The product's own name: the SEO title is written for the results page (it often ends with the shop's name).
    name: product.title,
    description: product.seo.description ?? toMetaDescription(product.description, 5000) ?? undefined,
    url,
    image: images.length > 0 ? images : undefined,
    sku: sku ?? undefined,
    brand: { "@type": "Brand", name: brand },
    offers: price
      ? {
          "@type": "Offer",
          url,
          price: schemaPrice(price.amount),
          priceCurrency: price.currencyCode.toUpperCase(),
          availability: schemaAvailability(availability),
          itemCondition: "https://schema.org/NewCondition",
          ...(sku ? { sku } : {}),
        }
      : undefined,
  };
}

/** The home page: who sells (Organization) and how to search the site (WebSite + SearchAction). */
export function homeJsonLd({ shopName, baseUrl }: { shopName: string; baseUrl: URL }): JsonLd {
  const home = absolute("/", baseUrl);
  return {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "Organization", "@id": `${home}#organisation`, name: shopName, url: home },
      {
        "@type": "WebSite",
        "@id": `${home}#site`,
        name: shopName,
        url: home,
        inLanguage: "fr-FR",
        publisher: { "@id": `${home}#organisation` },
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${absolute(SEARCH_PATH, baseUrl)}?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      },
    ],
  };
}

import { describe, expect, it } from "vitest";
import type { ProductDetail } from "./catalogue";
import { breadcrumbJsonLd, homeJsonLd, productJsonLd } from "./json-ld";
import { serializeJsonLd } from "./seo";
import { NO_SEO_FIELDS } from "./seo-fields";
import { summary } from "./test-fixtures/catalogue";

const baseUrl = new URL("https://boutique.lycee.fr");
const HOSTILE = "</script><script>alert(1)</script>";

function detail(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    ...summary({ id: "prod_1", handle: "tasse", title: "Tasse émaillée", description: "Une tasse.\nSolide." }),
    images: [{ id: "img_1", url: "http://localhost:9000/static/tasse.jpg" }],
    options: [],
    variants: [],
    collection: null,
    ...overrides,
  };
}

describe("productJsonLd", () => {
  const variant = {
    id: "variant_1",
    title: "Bleu",
    sku: "TASSE-BLEU",
    options: {},
    price: { amount: 14.9, originalAmount: null, currencyCode: "eur" },
    stock: { state: "in_stock" as const, remaining: null },
  };

  it("describes the product with one Offer: price, currency, availability, url", () => {
    const data = productJsonLd({ product: detail(), variant, path: "/produits/tasse", baseUrl, brand: "Comptoir" });
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Tasse émaillée",
      description: "Une tasse. Solide.",
      sku: "TASSE-BLEU",
      image: ["http://localhost:9000/static/tasse.jpg"],
      brand: { "@type": "Brand", name: "Comptoir" },
      offers: {
        "@type": "Offer",
        price: "14.90",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        url: "https://boutique.lycee.fr/produits/tasse",
      },
    });
  });

  it("says out of stock, and keeps the product's own name when the student set an SEO title", () => {
    const product = detail({ seo: { ...NO_SEO_FIELDS, title: "Tasse en acier émaillé" } });
    const data = productJsonLd({
      product,
      variant: { ...variant, stock: { state: "out_of_stock", remaining: 0 } },
      path: "/produits/tasse",
      baseUrl,
      brand: "Comptoir",
    });
    // The SEO title is written for the results page; schema.org's name is the product's.
    expect(data.name).toBe(product.title);
    expect((data.offers as Record<string, unknown>).availability).toBe("https://schema.org/OutOfStock");
  });

  it("has no offer when nothing is priced", () => {
    const data = productJsonLd({ product: detail({ price: null }), variant: null, path: "/p", baseUrl, brand: "C" });
    expect(data.offers).toBeUndefined();
  });
});

describe("serializeJsonLd with hostile shop data", () => {
  it("cannot close the script block: no `<`, `>` or `&` survives, and the data parses back intact", () => {
    const product = detail({ title: HOSTILE, description: "<!-- a comment --> & more" });
    const json = serializeJsonLd(productJsonLd({ product, variant: null, path: "/produits/x", baseUrl, brand: HOSTILE }));
    expect(json).not.toMatch(/[<>&]/);
    expect(json).not.toContain("</script");
    const parsed = JSON.parse(json) as { name: string; description: string; brand: { name: string } };
    expect(parsed.name).toBe(HOSTILE);
    expect(parsed.brand.name).toBe(HOSTILE);
    expect(parsed.description).toBe("<!-- a comment --> & more");
  });

  it("escapes the line separators JavaScript once refused in strings", () => {
    const json = serializeJsonLd({ name: "a\u2028b\u2029c" });
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: "a\u2028b\u2029c" });
  });

  it("serialises a list of blocks", () => {
    expect(JSON.parse(serializeJsonLd([{ a: "<" }, { b: ">" }]))).toEqual([{ a: "<" }, { b: ">" }]);
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the items from 1 with absolute URLs", () => {
    const data = breadcrumbJsonLd(
      [
        { name: "Accueil", path: "/" },
        { name: "Tasses", path: "/categories/tasses" },
      ],
      baseUrl,
    );
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Accueil", item: "https://boutique.lycee.fr/" },
      { "@type": "ListItem", position: 2, name: "Tasses", item: "https://boutique.lycee.fr/categories/tasses" },
    ]);
  });
});

describe("homeJsonLd", () => {
  it("names the Organization and a WebSite whose SearchAction targets /recherche", () => {
    const graph = homeJsonLd({ shopName: "Comptoir", baseUrl })["@graph"] as Record<string, unknown>[];
    expect(graph.map((node) => node["@type"])).toEqual(["Organization", "WebSite"]);
    expect(graph[1]).toMatchObject({
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: "https://boutique.lycee.fr/recherche?q={search_term_string}" },
        "query-input": "required name=search_term_string",
      },
    });
  });
});

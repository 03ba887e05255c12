import { describe, expect, it } from "vitest";
import { pickBenchPages, sitemapLocations } from "./sitemap-pages";

const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url>
<loc>https://boutique.lycee.fr/</loc>
<lastmod>2026-11-20T10:00:00.000Z</lastmod>
</url>
<url>
<loc>https://boutique.lycee.fr/categories/the-vert</loc>
</url>
<url>
<loc>https://boutique.lycee.fr/collections/noel</loc>
</url>
<url>
<loc>https://boutique.lycee.fr/produits/tasse%20%C3%A9maill%C3%A9e?variante=a&amp;b=c</loc>
</url>
<url>
<loc>https://boutique.lycee.fr/produits/theiere</loc>
</url>
<url>
<loc>https://boutique.lycee.fr/mentions-legales</loc>
</url>
</urlset>`;

describe("sitemapLocations", () => {
  it("reads every <loc>, decoding XML entities", () => {
    expect(sitemapLocations(sitemap)).toHaveLength(6);
    expect(sitemapLocations(sitemap)[3]).toBe(
      "https://boutique.lycee.fr/produits/tasse%20%C3%A9maill%C3%A9e?variante=a&b=c",
    );
  });
});

describe("pickBenchPages", () => {
  it("takes the home page, the first category and the first product, on the measured shop", () => {
    expect(pickBenchPages(sitemap, "http://localhost:8000")).toEqual({
      home: "http://localhost:8000/",
      category: "http://localhost:8000/categories/the-vert",
      product: "http://localhost:8000/produits/tasse%20%C3%A9maill%C3%A9e?variante=a&b=c",
    });
  });

  it("says what is missing from a shop without catalogue", () => {
    const empty = `<urlset><url><loc>http://localhost:8000/</loc></url><url><loc>not a url</loc></url></urlset>`;
    expect(pickBenchPages(empty, "http://localhost:8000")).toEqual({
      missing: ["category (/categories/…)", "product (/produits/…)"],
    });
  });
});

import { describe, expect, it } from "vitest";
import type { Category, Collection } from "./categories";
import { NO_SEO_FIELDS } from "./seo-fields";
import { buildSitemap } from "./sitemap";
import { summary } from "./test-fixtures/catalogue";

const baseUrl = new URL("https://boutique.lycee.fr");
const hidden = { ...NO_SEO_FIELDS, noindex: true };

const category = (handle: string, updatedAt: string, seo = NO_SEO_FIELDS): Category => ({
  id: `pcat_${handle}`,
  handle,
  name: handle,
  description: null,
  parentId: null,
  rank: 0,
  updatedAt,
  seo,
});
const collection = (handle: string, updatedAt: string, seo = NO_SEO_FIELDS): Collection => ({
  id: `pcol_${handle}`,
  handle,
  title: handle,
  description: null,
  updatedAt,
  seo,
});

describe("buildSitemap", () => {
  const entries = buildSitemap({
    baseUrl,
    products: [
      summary({ id: "p1", handle: "tasse-bleue", updatedAt: "2026-11-20T08:00:00.000Z" }),
      summary({ id: "p2", handle: "brouillon-cache", updatedAt: "2026-11-22T08:00:00.000Z", seo: hidden }),
      summary({ id: "p3", handle: "thé vert", updatedAt: "not a date" }),
    ],
    categories: [category("maison", "2026-11-10T00:00:00.000Z"), category("secret", "2026-11-11T00:00:00.000Z", hidden)],
    collections: [collection("noel", "2026-11-21T00:00:00.000Z")],
  });
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));

  it("lists the home page, every indexable product, category and collection, and the legal pages", () => {
    expect(entries.map((entry) => entry.url)).toEqual([
      "https://boutique.lycee.fr/",
      "https://boutique.lycee.fr/categories/maison",
      "https://boutique.lycee.fr/collections/noel",
      "https://boutique.lycee.fr/produits/tasse-bleue",
      "https://boutique.lycee.fr/produits/th%C3%A9%20vert",
      "https://boutique.lycee.fr/mentions-legales",
      "https://boutique.lycee.fr/cgv",
      "https://boutique.lycee.fr/confidentialite",
      "https://boutique.lycee.fr/cookies",
    ]);
  });

  it("gives each item its last change, and the home page the catalogue's latest", () => {
    expect(byUrl.get("https://boutique.lycee.fr/produits/tasse-bleue")?.lastModified).toBe("2026-11-20T08:00:00.000Z");
    expect(byUrl.get("https://boutique.lycee.fr/categories/maison")?.lastModified).toBe("2026-11-10T00:00:00.000Z");
    expect(byUrl.get("https://boutique.lycee.fr/")?.lastModified).toBe("2026-11-21T00:00:00.000Z");
  });

  it("leaves out items marked noindex, and dates it cannot read", () => {
    expect(entries.some((entry) => entry.url.includes("brouillon-cache") || entry.url.includes("secret"))).toBe(false);
    expect(byUrl.get("https://boutique.lycee.fr/produits/th%C3%A9%20vert")?.lastModified).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { cleanQuery, MAX_QUERY_LENGTH, normaliseSearchText, searchProducts } from "./search";
import { summary } from "./test-fixtures/catalogue";

const products = [
  summary({ id: "tasse", title: "Tasse émaillée bleue", skus: ["TASSE-BLEU"], createdAt: "2026-01-01T00:00:00Z" }),
  summary({
    id: "tablier",
    title: "Tablier en lin naturel",
    description: "Tablier de cuisine en lin lavé, avec une poche pour ranger une tasse.",
    createdAt: "2026-02-01T00:00:00Z",
  }),
  summary({ id: "bougie", title: "Bougie parfumée figuier", categoryIds: ["pcat_maison"], createdAt: "2026-03-01T00:00:00Z" }),
];
const context = { groupNames: (product: { categoryIds: string[] }) => (product.categoryIds.includes("pcat_maison") ? ["Maison & déco"] : []) };
const search = (query: string) => searchProducts(products, query, context).map((product) => product.id);

describe("normaliseSearchText", () => {
  it("drops accents, case and punctuation", () => {
    expect(normaliseSearchText("Tasse ÉMAILLÉE, bleue !")).toBe("tasse emaillee bleue");
    expect(normaliseSearchText("TASSE-BLEU")).toBe("tasse bleu");
  });
});

describe("searchProducts", () => {
  it("finds a product whatever the accents and case", () => {
    expect(search("tasse emaillee")).toEqual(["tasse"]);
    expect(search("TASSE ÉMAILLÉE")).toEqual(["tasse"]);
  });

  it("needs every word, each starting a word of the product's texts", () => {
    expect(search("tab lin")).toEqual(["tablier"]);
    expect(search("tasse lin")).toEqual(["tablier"]);
    expect(search("asse")).toEqual([]);
  });

  it("ranks a title match above a description match", () => {
    expect(search("tasse")).toEqual(["tasse", "tablier"]);
  });

  it("searches SKUs and category names", () => {
    expect(search("tasse-bleu")).toEqual(["tasse"]);
    expect(search("deco")).toEqual(["bougie"]);
  });

  it("finds nothing for an empty or punctuation-only query", () => {
    expect(search("")).toEqual([]);
    expect(search(" !? ")).toEqual([]);
  });
});

describe("cleanQuery", () => {
  it("trims, collapses spaces, takes the first value and bounds the length", () => {
    expect(cleanQuery("  tasse   bleue ")).toBe("tasse bleue");
    expect(cleanQuery(["mug", "tasse"])).toBe("mug");
    expect(cleanQuery(undefined)).toBe("");
    expect(cleanQuery("x".repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

import { describe, expect, it } from "vitest";
import {
  applyListing,
  canonicalListingPath,
  hasRefinements,
  isPageOutOfRange,
  type ListingQuery,
  listingHref,
  parseListingQuery,
} from "./listing";
import { priced, summary } from "./test-fixtures/catalogue";

const DEFAULT: ListingQuery = { sort: "nouveautes", minPrice: null, maxPrice: null, inStockOnly: false, page: 1 };

describe("parseListingQuery", () => {
  it("defaults to newest first, no filter, page 1", () => {
    expect(parseListingQuery({})).toEqual(DEFAULT);
  });

  it("reads sort, price range (French decimal comma too), availability and page", () => {
    expect(
      parseListingQuery({ tri: "prix-croissant", "prix-min": "9,5", "prix-max": "30", disponible: "1", page: "3" }),
    ).toEqual({ sort: "prix-croissant", minPrice: 9.5, maxPrice: 30, inStockOnly: true, page: 3 });
  });

  it("ignores malformed values instead of failing", () => {
    expect(parseListingQuery({ tri: "<script>", "prix-min": "abc", "prix-max": "-4", page: "0" })).toEqual(DEFAULT);
    expect(parseListingQuery({ page: "2.5" }).page).toBe(1);
    expect(parseListingQuery({ page: "99999999" }).page).toBe(1);
    expect(parseListingQuery({ tri: ["prix-decroissant", "nouveautes"] }).sort).toBe("prix-decroissant");
  });

  it("swaps a reversed price range", () => {
    const query = parseListingQuery({ "prix-min": "50", "prix-max": "10" });
    expect([query.minPrice, query.maxPrice]).toEqual([10, 50]);
  });
});

describe("applyListing", () => {
  const products = [
    summary({ id: "old-cheap", price: priced(5), createdAt: "2026-01-01T00:00:00Z" }),
    summary({ id: "new-dear", price: priced(40), createdAt: "2026-06-01T00:00:00Z" }),
    summary({ id: "mid", price: priced(20), createdAt: "2026-03-01T00:00:00Z", stock: { state: "out_of_stock", remaining: 0 } }),
    summary({ id: "no-price", price: null, createdAt: "2026-05-01T00:00:00Z" }),
  ];
  const ids = (query: Partial<ListingQuery>, pageSize?: number) =>
    applyListing(products, { ...DEFAULT, ...query }, pageSize).items.map((product) => product.id);

  it("sorts by newness, then by price either way with unpriced products last", () => {
    expect(ids({})).toEqual(["new-dear", "no-price", "mid", "old-cheap"]);
    expect(ids({ sort: "prix-croissant" })).toEqual(["old-cheap", "mid", "new-dear", "no-price"]);
    expect(ids({ sort: "prix-decroissant" })).toEqual(["new-dear", "mid", "old-cheap", "no-price"]);
  });

  it("filters on a price range (bounds included) and on availability", () => {
    expect(ids({ minPrice: 5, maxPrice: 20, sort: "prix-croissant" })).toEqual(["old-cheap", "mid"]);
    expect(ids({ inStockOnly: true })).toEqual(["new-dear", "no-price", "old-cheap"]);
  });

  it("pages the result and reports the total, the page count and the price range", () => {
    const listing = applyListing(products, { ...DEFAULT, page: 2 }, 3);
    expect(listing.items.map((product) => product.id)).toEqual(["old-cheap"]);
    expect([listing.total, listing.pageCount]).toEqual([4, 2]);
    expect(listing.priceRange).toEqual({ min: 5, max: 40 });
    expect(isPageOutOfRange(listing)).toBe(false);
    expect(isPageOutOfRange(applyListing(products, { ...DEFAULT, page: 3 }, 3))).toBe(true);
  });

  it("has one (empty) page when nothing matches", () => {
    const listing = applyListing(products, { ...DEFAULT, minPrice: 1000 });
    expect([listing.total, listing.pageCount, isPageOutOfRange(listing)]).toEqual([0, 1, false]);
  });
});

describe("listingHref", () => {
  it("leaves default values out, so each state has one address", () => {
    expect(listingHref("/categories/tasses", DEFAULT)).toBe("/categories/tasses");
    expect(listingHref("/categories/tasses", DEFAULT, { sort: "prix-croissant", page: 2 })).toBe(
      "/categories/tasses?tri=prix-croissant&page=2",
    );
    expect(listingHref("/c", { ...DEFAULT, minPrice: 9.5, inStockOnly: true })).toBe("/c?prix-min=9.5&disponible=1");
  });

  it("keeps the parameters already in the base path (the search query)", () => {
    expect(listingHref("/recherche?q=tasse+bleue", DEFAULT, { page: 2 })).toBe("/recherche?q=tasse+bleue&page=2");
  });

  it("gives a canonical path without filters or sort, keeping the page", () => {
    expect(canonicalListingPath("/c", { ...DEFAULT, sort: "prix-croissant", inStockOnly: true, page: 3 })).toBe("/c?page=3");
    expect(hasRefinements({ ...DEFAULT, page: 3 })).toBe(false);
    expect(hasRefinements({ ...DEFAULT, maxPrice: 10 })).toBe(true);
  });
});

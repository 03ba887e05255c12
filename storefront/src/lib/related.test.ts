import { describe, expect, it } from "vitest";
import { relatedProducts } from "./related";
import { priced, summary } from "./test-fixtures/catalogue";

describe("relatedProducts", () => {
  const catalogue = [
    summary({ id: "newest-other", price: priced(5) }),
    summary({ id: "same-category-sold-out", categoryIds: ["tasses"], stock: { state: "out_of_stock", remaining: 0 } }),
    summary({ id: "self", categoryIds: ["tasses"] }),
    summary({ id: "same-category", categoryIds: ["tasses", "maison"] }),
    summary({ id: "same-collection", collectionId: "noel" }),
  ];

  it("suggests the same category first (available before sold out), then the collection, then the newest", () => {
    const related = relatedProducts(catalogue, { id: "self", categoryIds: ["tasses"], collectionId: "noel" }, 4);
    expect(related.map((product) => product.id)).toEqual([
      "same-category",
      "same-category-sold-out",
      "same-collection",
      "newest-other",
    ]);
  });

  it("never suggests the product itself", () => {
    expect(relatedProducts(catalogue, { id: "self", categoryIds: [], collectionId: null }, 10).map((p) => p.id)).not.toContain("self");
  });
});

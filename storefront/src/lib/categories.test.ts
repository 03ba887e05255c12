import { describe, expect, it } from "vitest";
import {
  buildCategoryTree,
  type Category,
  categoryAncestors,
  categoryWithDescendants,
  childCategories,
  primaryCategory,
} from "./categories";
import { NO_SEO_FIELDS } from "./seo-fields";

function category(id: string, parentId: string | null = null, rank = 0): Category {
  return { id, handle: id, name: id, description: null, parentId, rank, updatedAt: "", seo: NO_SEO_FIELDS };
}

const categories = [
  category("maison", null, 1),
  category("cuisine", "maison", 0),
  category("tasses", "cuisine", 0),
  category("textile", null, 0),
  category("orphan", "missing"),
];

describe("category tree", () => {
  it("nests categories under their parent, in the admin's order", () => {
    const tree = buildCategoryTree(categories);
    expect(tree.map((node) => node.id)).toEqual(["orphan", "textile", "maison"]);
    expect(tree[2]?.children[0]?.children[0]?.id).toBe("tasses");
  });

  it("gives the breadcrumb trail from the top level down", () => {
    expect(categoryAncestors(categories, "tasses").map((c) => c.id)).toEqual(["maison", "cuisine"]);
    expect(categoryAncestors(categories, "maison")).toEqual([]);
  });

  it("survives a cycle in the data", () => {
    const cyclic = [category("a", "b"), category("b", "a")];
    expect(categoryAncestors(cyclic, "a").map((c) => c.id)).toEqual(["b"]);
    expect(buildCategoryTree(cyclic)).toBeDefined();
  });

  it("includes every sub-category in a category's listing", () => {
    expect([...categoryWithDescendants(categories, "maison")].sort()).toEqual(["cuisine", "maison", "tasses"]);
    expect(childCategories(categories, "maison").map((c) => c.id)).toEqual(["cuisine"]);
  });

  it("picks the deepest category of a product for its breadcrumb", () => {
    expect(primaryCategory(categories, ["maison", "tasses"])?.id).toBe("tasses");
    expect(primaryCategory(categories, ["hidden"])).toBeNull();
  });
});

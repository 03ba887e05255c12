import type { HttpTypes } from "@medusajs/types";
import { readSeoFields, type SeoFields } from "./seo-fields";

/** A product category as the shop uses it (the Store API only returns active, public ones). */
export type Category = {
  id: string;
  handle: string;
  name: string;
  description: string | null;
  parentId: string | null;
  rank: number;
  updatedAt: string;
  seo: SeoFields;
};

export type CategoryNode = Category & { children: CategoryNode[] };

export type Collection = {
  id: string;
  handle: string;
  title: string;
  updatedAt: string;
  /** Collections have no description field in Medusa: read from `metadata.description`. */
  description: string | null;
  seo: SeoFields;
};

export function toCategory(category: HttpTypes.StoreProductCategory): Category {
  return {
    id: category.id,
    handle: category.handle,
    name: category.name,
    description: category.description?.trim() ? category.description : null,
    parentId: category.parent_category_id ?? null,
    rank: category.rank ?? 0,
    updatedAt: String(category.updated_at ?? ""),
    seo: readSeoFields(category as { seo?: unknown }),
  };
}

export function toCollection(collection: HttpTypes.StoreCollection): Collection {
  const description = collection.metadata?.description;
  return {
    id: collection.id,
    handle: collection.handle,
    title: collection.title,
    updatedAt: String(collection.updated_at ?? ""),
    description: typeof description === "string" && description.trim() ? description : null,
    seo: readSeoFields(collection as { seo?: unknown }),
  };
}

function byRankThenName(a: Category, b: Category): number {
  return a.rank - b.rank || a.name.localeCompare(b.name, "fr");
}

/**
 * Categories as a tree, each level in the order set in the admin. A category
 * whose parent is not public (or missing) is shown at the top level.
 */
export function buildCategoryTree(categories: readonly Category[]): CategoryNode[] {
  const nodes = new Map(categories.map((category) => [category.id, { ...category, children: [] as CategoryNode[] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: CategoryNode[]) => {
    list.sort(byRankThenName);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The parents of a category, from the top level down (for breadcrumbs); safe against cycles. */
export function categoryAncestors(categories: readonly Category[], id: string): Category[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const chain: Category[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** A category and all the categories under it: a category page lists their products too. */
export function categoryWithDescendants(categories: readonly Category[], id: string): Set<string> {
  const ids = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const category of categories) {
      if (category.parentId && ids.has(category.parentId) && !ids.has(category.id)) {
        ids.add(category.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The deepest public category of a product (the most precise breadcrumb), or `null`. */
export function primaryCategory(categories: readonly Category[], productCategoryIds: readonly string[]): Category | null {
  const candidates = categories.filter((category) => productCategoryIds.includes(category.id));
  let best: Category | null = null;
  let bestDepth = -1;
  for (const category of candidates) {
    const depth = categoryAncestors(categories, category.id).length;
    if (depth > bestDepth) {
      best = category;
      bestDepth = depth;
    }
  }
  return best;
}

/** The categories directly under `id`, in the admin's order. */
export function childCategories(categories: readonly Category[], id: string): Category[] {
  return categories.filter((category) => category.parentId === id && category.id !== id).sort(byRankThenName);
}

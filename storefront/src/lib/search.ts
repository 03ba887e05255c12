import type { ProductSummary } from "./catalogue";

/**
 * On-site search over the cached catalogue: no backend call per query, and
 * French-friendly matching ("tasse emaillee" finds "Tasse émaillée", "TASSE-BLEU"
 * finds the SKU). A class shop has tens to hundreds of products, which a linear
 * scan handles in well under a millisecond.
 */

/** The search parameter of `/recherche?q=`. */
export const SEARCH_PARAM = "q";

/** Longer queries are cut: the analytics contract bounds a query to 200 characters. */
export const MAX_QUERY_LENGTH = 200;

/** Lower case, without accents, punctuation turned into spaces. */
export function normaliseSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/** The query as typed, trimmed and bounded; empty when there is nothing to search. */
export function cleanQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

export type SearchContext = {
  /** Names of the categories and collection a product belongs to (they are searched too). */
  groupNames: (product: ProductSummary) => string[];
};

/** Weights: a word in the title counts more than one in the description. */
const WEIGHTS = { title: 10, sku: 8, group: 4, subtitle: 3, description: 1 } as const;

function words(text: string): string[] {
  return normaliseSearchText(text).split(" ").filter(Boolean);
}

/** How well one field matches a query word: whole word 2, word start 1, nothing 0. */
function matchStrength(fieldWords: readonly string[], term: string): number {
  let strength = 0;
  for (const word of fieldWords) {
    if (word === term) return 2;
    if (word.startsWith(term)) strength = 1;
  }
  return strength;
}

/**
 * Products matching every word of the query (each word must start a word of
 * the product's texts), best matches first; ties keep the newest first.
 */
export function searchProducts(
  products: readonly ProductSummary[],
  query: string,
  context: SearchContext,
): ProductSummary[] {
  const terms = [...new Set(words(query))];
  if (terms.length === 0) return [];

  const scored: { product: ProductSummary; score: number }[] = [];
  for (const product of products) {
    const fields: [number, string[]][] = [
      [WEIGHTS.title, words(product.title)],
      [WEIGHTS.sku, product.skus.flatMap(words)],
      [WEIGHTS.group, context.groupNames(product).flatMap(words)],
      [WEIGHTS.subtitle, words(product.subtitle ?? "")],
      [WEIGHTS.description, words(product.description ?? "")],
    ];
    let score = 0;
    let matchesAll = true;
    for (const term of terms) {
      let best = 0;
      for (const [weight, fieldWords] of fields) best = Math.max(best, weight * matchStrength(fieldWords, term));
      if (best === 0) {
        matchesAll = false;
        break;
      }
      score += best;
    }
    if (matchesAll) scored.push({ product, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || b.product.createdAt.localeCompare(a.product.createdAt))
    .map(({ product }) => product);
}

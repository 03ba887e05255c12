import type { ProductSummary } from "./catalogue";

/**
 * Products to suggest under a product: those sharing a category first, then the
 * same collection, then the newest; those that can be bought before the others.
 */
export function relatedProducts(
  catalogue: readonly ProductSummary[],
  product: Pick<ProductSummary, "id" | "categoryIds" | "collectionId">,
  limit = 4,
): ProductSummary[] {
  const score = (candidate: ProductSummary): number => {
    const sharesCategory = candidate.categoryIds.some((id) => product.categoryIds.includes(id));
    const sameCollection = product.collectionId !== null && candidate.collectionId === product.collectionId;
    return (sharesCategory ? 4 : 0) + (sameCollection ? 2 : 0) + (candidate.stock.state !== "out_of_stock" ? 1 : 0);
  };
  return catalogue
    .filter((candidate) => candidate.id !== product.id)
    .map((candidate, index) => ({ candidate, score: score(candidate), index }))
    // The catalogue is newest first: equal scores keep that order.
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

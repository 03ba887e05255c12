/** At or under this many units left, the shop says "plus que N en stock". */
export const LOW_STOCK_THRESHOLD = 5;

export type StockState = "in_stock" | "low_stock" | "out_of_stock";

export type StockInfo = {
  state: StockState;
  /** Units left when the shop tracks them and stock is low; otherwise `null`. */
  remaining: number | null;
};

type VariantInventory = {
  manage_inventory?: boolean | null;
  allow_backorder?: boolean | null;
  inventory_quantity?: number | null;
};

/**
 * A variant's availability from the Store API. A variant whose stock is not
 * managed, or that may be back-ordered, can always be bought; a managed variant
 * whose quantity the API did not return is treated as available rather than
 * blocking a sale on missing data.
 */
export function variantStock(variant: VariantInventory): StockInfo {
  if (variant.manage_inventory === false || variant.allow_backorder === true) {
    return { state: "in_stock", remaining: null };
  }
  const quantity = variant.inventory_quantity;
  if (quantity == null) return { state: "in_stock", remaining: null };
  if (quantity <= 0) return { state: "out_of_stock", remaining: 0 };
  if (quantity <= LOW_STOCK_THRESHOLD) return { state: "low_stock", remaining: quantity };
  return { state: "in_stock", remaining: null };
}

const RANK: Record<StockState, number> = { in_stock: 2, low_stock: 1, out_of_stock: 0 };

/** A product is as available as its best variant; without variants it cannot be bought. */
export function productStock(variants: readonly StockInfo[]): StockInfo {
  return variants.reduce<StockInfo>(
    (best, info) => (RANK[info.state] > RANK[best.state] ? info : best),
    { state: "out_of_stock", remaining: 0 },
  );
}

export function isPurchasable(stock: StockInfo): boolean {
  return stock.state !== "out_of_stock";
}

/** schema.org availability of a product's offer. */
export function schemaAvailability(state: StockState): string {
  return state === "out_of_stock" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock";
}

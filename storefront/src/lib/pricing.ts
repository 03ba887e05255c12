import type { HttpTypes } from "@medusajs/types";

/** What a visitor pays for a variant, TTC, and what it cost before a sale. */
export type VariantPrice = {
  /** Major units, as Medusa v2 stores them (12.5 = 12,50 €), tax included. */
  amount: number;
  /** The price before the sale, when a price list lowers it; otherwise `null`. */
  originalAmount: number | null;
  /** ISO 4217, lowercase as Medusa returns it. */
  currencyCode: string;
};

/** The price a product card or page shows: the cheapest variant's. */
export type ProductPrice = VariantPrice & {
  /** Variants have different prices: `amount` is the cheapest ("À partir de …"). */
  isFrom: boolean;
};

/** Prices are compared in cents: 19.9 and 19.900000001 are the same price. */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/**
 * A variant's price in the requested region, tax included. Medusa gives the
 * amount with tax when it knows the tax context; otherwise the stored amount,
 * which French shops enter TTC (the region's prices are tax-inclusive).
 * A sale is a calculated price below the original one (a price list).
 */
export function variantPrice(
  calculated: HttpTypes.StoreProductVariant["calculated_price"] | null | undefined,
): VariantPrice | null {
  if (calculated?.calculated_amount == null || !calculated.currency_code) return null;
  const amount = calculated.calculated_amount_with_tax ?? calculated.calculated_amount;
  const original = calculated.original_amount_with_tax ?? calculated.original_amount;
  const onSale = original != null && cents(original) > cents(amount);
  return { amount, originalAmount: onSale ? original : null, currencyCode: calculated.currency_code };
}

/** The cheapest of the variants' prices; `null` when none has a price in the region. */
export function cheapestPrice(prices: readonly (VariantPrice | null)[]): ProductPrice | null {
  const priced = prices.filter((price): price is VariantPrice => price !== null);
  const [first, ...rest] = priced;
  if (!first) return null;
  const cheapest = rest.reduce((min, price) => (cents(price.amount) < cents(min.amount) ? price : min), first);
  const isFrom = rest.some((price) => cents(price.amount) !== cents(first.amount));
  return { ...cheapest, isFrom };
}

/** The discount a sale price gives, as a whole percentage ("-20 %"); `null` when not on sale. */
export function discountPercent(price: VariantPrice | null): number | null {
  if (!price?.originalAmount) return null;
  const percent = Math.round((1 - price.amount / price.originalAmount) * 100);
  return percent > 0 ? percent : null;
}

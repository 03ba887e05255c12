import type { HttpTypes } from "@medusajs/types";

export type ShippingChoice = {
  id: string;
  name: string;
  /** Tax-inclusive price in major units, `null` when Medusa computes it later. */
  amount: number | null;
  /** "Livré sous 2 à 3 jours ouvrés", from the option type or its delivery days. */
  delay: string | null;
};

function deliveryDays(data: Record<string, unknown> | null | undefined): string | null {
  const min = data?.delivery_days_min;
  const max = data?.delivery_days_max;
  if (typeof min !== "number" || typeof max !== "number") return null;
  if (min === max) return min === 1 ? "Livré sous 1 jour ouvré" : `Livré sous ${min} jours ouvrés`;
  return `Livré sous ${min} à ${max} jours ouvrés`;
}

export function toShippingChoice(option: HttpTypes.StoreCartShippingOption): ShippingChoice {
  const calculated = option.calculated_price?.calculated_amount;
  const amount = typeof calculated === "number" ? calculated : typeof option.amount === "number" ? option.amount : null;
  const typeDescription = option.type?.description?.trim();
  return {
    id: option.id,
    name: option.name,
    amount,
    delay: typeDescription ? typeDescription : deliveryDays(option.data),
  };
}

import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { toShippingChoice } from "./shipping";

function option(overrides: Record<string, unknown>): HttpTypes.StoreCartShippingOption {
  return { id: "so_1", name: "Livraison à domicile", amount: 4.9, ...overrides } as unknown as HttpTypes.StoreCartShippingOption;
}

describe("toShippingChoice", () => {
  it("shows the option type's description as the delay", () => {
    const choice = toShippingChoice(option({ type: { description: "Livré sous 2 à 3 jours ouvrés" } }));
    expect(choice).toEqual({ id: "so_1", name: "Livraison à domicile", amount: 4.9, delay: "Livré sous 2 à 3 jours ouvrés" });
  });

  it("builds the delay from delivery days, and prefers the calculated price", () => {
    const choice = toShippingChoice(
      option({ data: { delivery_days_min: 1, delivery_days_max: 1 }, calculated_price: { calculated_amount: 3.5 } }),
    );
    expect(choice.delay).toBe("Livré sous 1 jour ouvré");
    expect(choice.amount).toBe(3.5);
  });

  it("has no delay when the backend gives none", () => {
    expect(toShippingChoice(option({})).delay).toBeNull();
  });
});

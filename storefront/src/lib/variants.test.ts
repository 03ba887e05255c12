import { describe, expect, it } from "vitest";
import type { ProductOption, ProductVariant } from "./catalogue";
import { availableValues, findVariant } from "./variants";

const variant = (id: string, options: Record<string, string>): ProductVariant => ({
  id,
  title: id,
  sku: null,
  options,
  price: null,
  stock: { state: "in_stock", remaining: null },
});
const variants = [
  variant("s-bleu", { Taille: "S", Couleur: "Bleu" }),
  variant("m-bleu", { Taille: "M", Couleur: "Bleu" }),
  variant("m-rouge", { Taille: "M", Couleur: "Rouge" }),
];
const options: ProductOption[] = [
  { title: "Taille", values: ["S", "M"] },
  { title: "Couleur", values: ["Bleu", "Rouge"] },
];

describe("variant selection", () => {
  it("finds the variant matching every chosen option", () => {
    expect(findVariant(variants, { Taille: "M", Couleur: "Rouge" })?.id).toBe("m-rouge");
    expect(findVariant(variants, { Taille: "S", Couleur: "Rouge" })).toBeNull();
  });

  it("tells which values exist with the other choices kept", () => {
    expect([...availableValues(variants, options, { Taille: "S", Couleur: "Bleu" }, "Couleur")]).toEqual(["Bleu"]);
    expect([...availableValues(variants, options, { Taille: "M", Couleur: "Bleu" }, "Couleur")].sort()).toEqual(["Bleu", "Rouge"]);
  });
});

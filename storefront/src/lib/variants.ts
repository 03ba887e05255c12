import type { ProductOption, ProductVariant } from "./catalogue";

/** Option title → chosen value, e.g. `{ Taille: "M" }`. */
export type OptionSelection = Readonly<Record<string, string>>;

/** The variant whose option values are exactly the selection, or `null` if the combination does not exist. */
export function findVariant(variants: readonly ProductVariant[], selection: OptionSelection): ProductVariant | null {
  return (
    variants.find((variant) =>
      Object.entries(selection).every(([title, value]) => variant.options[title] === value),
    ) ?? null
  );
}

/** The values some variant offers for `option` once the other choices are kept: the rest are shown unavailable. */
export function availableValues(
  variants: readonly ProductVariant[],
  options: readonly ProductOption[],
  selection: OptionSelection,
  option: string,
): Set<string> {
  const others = options.filter((candidate) => candidate.title !== option);
  return new Set(
    variants
      .filter((variant) => others.every((other) => !selection[other.title] || variant.options[other.title] === selection[other.title]))
      .flatMap((variant) => (variant.options[option] ? [variant.options[option]] : [])),
  );
}

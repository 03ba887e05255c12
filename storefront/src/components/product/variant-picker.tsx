"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ProductOption, ProductVariant } from "@/lib/catalogue";
import { availableValues, findVariant, type OptionSelection } from "@/lib/variants";
import { PriceTag } from "../price-tag";
import { StockBadge } from "../stock-badge";
import { AddToCart } from "./add-to-cart";

/** The URL parameter naming the chosen variant, so a link can point at one colour or size. */
export const VARIANT_PARAM = "variante";

/**
 * Options as radio groups (one per option: size, colour…), and what the chosen
 * variant costs and whether it is in stock. The server renders it with the
 * default variant, so the price is in the HTML before any script runs.
 */
export function VariantPicker({
  product,
  options,
  variants,
  initialVariantId,
}: {
  product: { id: string; handle: string; title: string };
  options: readonly ProductOption[];
  variants: readonly ProductVariant[];
  initialVariantId: string | null;
}) {
  const t = useTranslations("Product");
  const baseId = useId();
  const initial = variants.find((variant) => variant.id === initialVariantId) ?? variants[0] ?? null;
  const [selection, setSelection] = useState<OptionSelection>(initial?.options ?? {});
  const variant = findVariant(variants, selection);
  // Only options with a real choice are shown; a single "Taille unique" is not a question.
  const choosable = options.filter((option) => option.values.length > 1);

  const choose = (title: string, value: string) => {
    const next = { ...selection, [title]: value };
    setSelection(next);
    const chosen = findVariant(variants, next);
    if (chosen) {
      const url = new URL(window.location.href);
      url.searchParams.set(VARIANT_PARAM, chosen.id);
      // replaceState: a choice is not a new page (no history entry, no pageview).
      window.history.replaceState(null, "", url);
    }
  };

  return (
    <div className="space-y-6">
      <div aria-live="polite" className="space-y-2">
        <PriceTag price={variant?.price ?? null} showTaxNote className="text-2xl font-semibold text-brand-strong" />
        {variant ? <StockBadge stock={variant.stock} /> : <p className="text-sm text-muted">{t("combinationUnavailable")}</p>}
        {variant?.sku && (
          <p className="text-sm text-muted">
            {t("reference")} <span className="font-mono">{variant.sku}</span>
          </p>
        )}
      </div>

      {choosable.map((option) => {
        const offered = availableValues(variants, options, selection, option.title);
        const chosen = selection[option.title];
        return (
          <fieldset key={option.title}>
            <legend className="mb-2 font-semibold">
              {option.title}
              {chosen && <span className="font-normal text-muted">{t("selectedValue", { value: chosen })}</span>}
            </legend>
            <div className="flex flex-wrap gap-2">
              {option.values.map((value) => {
                const inputId = `${baseId}-${option.title}-${value}`;
                const exists = offered.has(value);
                return (
                  <div key={value}>
                    <input
                      id={inputId}
                      type="radio"
                      name={`${baseId}-${option.title}`}
                      value={value}
                      checked={chosen === value}
                      onChange={() => choose(option.title, value)}
                      className="peer sr-only"
                    />
                    <label
                      htmlFor={inputId}
                      className={`inline-block min-w-12 cursor-pointer rounded border px-4 py-2 text-center peer-checked:border-brand peer-checked:bg-brand-soft peer-checked:font-semibold peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus ${exists ? "border-line" : "border-dashed border-line text-muted line-through"}`}
                    >
                      {value}
                      {!exists && <span className="sr-only"> ({t("valueUnavailable")})</span>}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}

      <AddToCart product={product} variant={variant} />
    </div>
  );
}

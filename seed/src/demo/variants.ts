import type { z } from "zod"
import type { productSchema } from "../shop-definition"

/** A product as written in the catalogue files, before zod fills its defaults. */
export type ProductInput = z.input<typeof productSchema>

type Axis = { title: string; values: ReadonlyArray<readonly [label: string, code: string]> }

type Options = Pick<ProductInput, "options" | "variants">

/**
 * Every combination of the axes as a variant, in order (the last axis varies fastest).
 * SKUs are the prefix followed by each value's code, so they stay readable in the admin;
 * `stocks` lists each combination's stock in the same order, `price` may vary by combination.
 */
export function variantGrid(
  skuPrefix: string,
  axes: Axis[],
  price: number | ((labels: string[]) => number),
  stocks: number[]
): Options {
  let combinations: Array<Array<readonly [string, string]>> = [[]]
  for (const axis of axes) {
    combinations = combinations.flatMap((combination) => axis.values.map((value) => [...combination, value]))
  }
  if (stocks.length !== combinations.length) {
    throw new Error(`${skuPrefix}: ${combinations.length} variants but ${stocks.length} stock figures`)
  }
  return {
    options: axes.map((axis) => ({ title: axis.title, values: axis.values.map(([label]) => label) })),
    variants: combinations.map((combination, index) => {
      const labels = combination.map(([label]) => label)
      return {
        title: labels.join(" / "),
        sku: [skuPrefix, ...combination.map(([, code]) => code)].join("-"),
        options: Object.fromEntries(axes.map((axis, i) => [axis.title, labels[i]!])),
        price: typeof price === "number" ? price : price(labels),
        stock: stocks[index]!,
      }
    }),
  }
}

/** A product sold in one version only (Medusa still needs an option to hang the variant on). */
export function single(sku: string, option: string, value: string, price: number, stock: number): Options {
  return {
    options: [{ title: option, values: [value] }],
    variants: [{ title: value, sku, options: { [option]: value }, price, stock }],
  }
}

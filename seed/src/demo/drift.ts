import type { ProductDefinition } from "../shop-definition"

/**
 * A product as the reset compares it: what the definition says, or what Medusa holds, in the
 * same plain shape (handles and values rather than ids, asset names rather than URLs).
 */
export type ProductSnapshot = {
  title: string
  subtitle: string
  description: string
  status: string
  categories: string[]
  collection: string
  type: string
  tags: string[]
  images: string[]
  seo: { title: string; description: string; keyword: string }
  options: Array<{ title: string; values: string[] }>
  variants: Array<{ sku: string; title: string; options: Record<string, string>; price: number }>
}

/** What a product looks like in Medusa once the runner has created it from its definition. */
export function expectedSnapshot(product: ProductDefinition): ProductSnapshot {
  return normalise({
    title: product.title,
    subtitle: product.subtitle ?? "",
    description: product.description,
    status: product.status,
    categories: product.categories,
    collection: product.collection ?? "",
    type: product.type ?? "",
    tags: product.tags,
    images: product.images,
    seo: { title: product.seo?.title ?? "", description: product.seo?.description ?? "", keyword: product.seo?.keyword ?? "" },
    options: product.options,
    variants: product.variants.map(({ sku, title, options, price }) => ({ sku, title, options, price })),
  })
}

/** Order-insensitive where Medusa does not keep an order (categories, tags, option values, variants). */
export function normalise(snapshot: ProductSnapshot): ProductSnapshot {
  const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b))
  return {
    ...snapshot,
    categories: [...snapshot.categories].sort(),
    tags: [...snapshot.tags].sort(),
    options: snapshot.options
      .map((option) => ({ title: option.title, values: [...option.values].sort() }))
      .sort(byKey((option) => option.title)),
    variants: snapshot.variants
      .map((variant) => ({ ...variant, options: Object.fromEntries(Object.entries(variant.options).sort()) }))
      .sort(byKey((variant) => variant.sku)),
  }
}

export type ProductDrift = {
  /** Fields an update puts back (text, links, images, SEO, prices). */
  attributes: string[]
  /** Options or variants added, removed or recombined: the product is deleted and created again. */
  structure: string[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** How a product in Medusa differs from its definition; both lists empty when it does not. */
export function productDrift(expected: ProductSnapshot, actual: ProductSnapshot): ProductDrift {
  const want = normalise(expected)
  const have = normalise(actual)
  const attributes: string[] = []
  const structure: string[] = []
  for (const field of ["title", "subtitle", "description", "status", "categories", "collection", "type", "tags", "images", "seo"] as const) {
    if (!same(want[field], have[field])) attributes.push(field)
  }
  if (!same(want.options, have.options)) structure.push("options")
  const skus = (snapshot: ProductSnapshot) => snapshot.variants.map((variant) => variant.sku)
  if (!same(skus(want), skus(have))) {
    structure.push("variants")
  } else {
    want.variants.forEach((variant, index) => {
      const current = have.variants[index]!
      if (!same(variant.options, current.options)) structure.push(`variant ${variant.sku} options`)
      if (variant.title !== current.title) attributes.push(`variant ${variant.sku} title`)
      if (variant.price !== current.price) attributes.push(`variant ${variant.sku} price`)
    })
  }
  return { attributes, structure }
}

/** The variants whose stock in the warehouse is not the demo's. */
export function stockDrift(product: ProductDefinition, stockBySku: ReadonlyMap<string, number>) {
  return product.variants
    .filter((variant) => stockBySku.get(variant.sku) !== variant.stock)
    .map((variant) => ({ sku: variant.sku, expected: variant.stock, actual: stockBySku.get(variant.sku) ?? null }))
}

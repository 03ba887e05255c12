// How to find an entity's id and label in an admin API answer (`{ product: {…} }`), and, when the
// answer holds none (a deletion answers `{ id, deleted }`), where Query can read the label.

type Row = Record<string, unknown>

export interface EntityKind {
  /** Key of the answer holding the entity. */
  bodyKey?: string
  /** The entity's id and label in the answer; `id` is the one the path names, if any. */
  fromBody?: (entity: Row, id: string | null) => { id: string | null; label: string | null }
  /** Query entity and fields to read the label afterwards (deleted rows included). */
  graph?: { entity: string; fields: string[]; label: (row: Row) => string | null }
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null)
const idOf = (entity: Row): string | null => text(entity.id)

/** An entity labelled by one of its fields (a title, a code…), the first that is set. */
function labelled(bodyKey: string, graphEntity: string | null, fields: string[]): EntityKind {
  const label = (row: Row) => fields.map((field) => text(row[field])).find((value) => value !== null) ?? null
  return {
    bodyKey,
    fromBody: (entity, id) => ({ id: id ?? idOf(entity), label: label(entity) }),
    ...(graphEntity ? { graph: { entity: graphEntity, fields, label } } : {}),
  }
}

const orderLabel = (row: Row): string | null =>
  typeof row.display_id === "number" || typeof row.display_id === "string" ? `n° ${row.display_id}` : null

const euros = (amount: unknown, currency: unknown): string | null => {
  const value = typeof amount === "number" ? amount : typeof amount === "string" ? Number(amount) : Number.NaN
  const code = text(currency)
  if (!Number.isFinite(value) || !code) return null
  try {
    return new Intl.NumberFormat("fr-FR", { style: "currency", currency: code.toUpperCase() }).format(value)
  } catch {
    return `${value} ${code}`
  }
}

/**
 * A variant's routes answer its product: the variant is the one the path names or, after a
 * creation, the product's newest one.
 */
const variantKind: EntityKind = {
  bodyKey: "product",
  fromBody: (product, id) => {
    const variants = Array.isArray(product.variants) ? (product.variants as Row[]) : []
    const variant = id
      ? variants.find((candidate) => candidate.id === id)
      : [...variants].sort((a, b) => String(b.created_at ?? "").localeCompare(String(a.created_at ?? "")))[0]
    const productTitle = text(product.title)
    const variantTitle = variant ? text(variant.title) : null
    return {
      id: id ?? (variant ? idOf(variant) : null),
      label: productTitle && variantTitle ? `${productTitle} – ${variantTitle}` : (variantTitle ?? productTitle),
    }
  },
  graph: {
    entity: "product_variant",
    fields: ["title", "product.title"],
    label: (row) => {
      const product = row.product && typeof row.product === "object" ? text((row.product as Row).title) : null
      const title = text(row.title)
      return product && title ? `${product} – ${title}` : (title ?? product)
    },
  },
}

export const ENTITY_KINDS = {
  product: labelled("product", "product", ["title"]),
  product_variant: variantKind,
  inventory_item: labelled("inventory_item", "inventory_item", ["title", "sku"]),
  price_list: labelled("price_list", "price_list", ["title"]),
  promotion: labelled("promotion", "promotion", ["code"]),
  campaign: labelled("campaign", "campaign", ["name"]),
  collection: labelled("collection", "product_collection", ["title"]),
  category: labelled("product_category", "product_category", ["name"]),
  order: {
    bodyKey: "order",
    fromBody: (order, id) => ({ id: id ?? idOf(order), label: orderLabel(order) }),
    graph: { entity: "order", fields: ["display_id"], label: orderLabel },
  },
  payment: {
    bodyKey: "payment",
    fromBody: (payment, id) => ({ id: id ?? idOf(payment), label: euros(payment.amount, payment.currency_code) }),
  },
  // The SEO fields of a product, collection or category: labelled by the item (route-table.ts).
  seo: {},
  // No label on purpose: the journal must not keep the personal data an erasure removed.
  customer: {},
  report_share: labelled("link", null, ["label", "title", "name"]),
} satisfies Record<string, EntityKind>

export type KnownEntityType = keyof typeof ENTITY_KINDS

/** For an answer whose shape no rule names: the first object in it that has an id. */
export function firstEntityIn(body: unknown): Row | null {
  if (!body || typeof body !== "object") return null
  for (const value of Object.values(body as Row)) {
    if (value && typeof value === "object" && !Array.isArray(value) && typeof (value as Row).id === "string") return value as Row
  }
  return null
}

/** A label for an entity of an unknown kind. */
export function genericLabel(entity: Row): string | null {
  for (const field of ["title", "name", "code", "handle", "email", "sku"]) {
    const value = text(entity[field])
    if (value) return value
  }
  return orderLabel(entity)
}

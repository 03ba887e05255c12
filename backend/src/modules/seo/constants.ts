/** The catalogue items that carry SEO fields: Medusa's product, product collection and product category. */
export const SEO_ENTITY_TYPES = ["product", "collection", "category"] as const
export type SeoEntityType = (typeof SEO_ENTITY_TYPES)[number]

/** Longest values stored, in characters (the contract shared with the admin widgets and the analytics rules). */
export const SEO_LIMITS = {
  metaTitle: 120,
  metaDescription: 320,
  focusKeyword: 80,
  url: 500,
  imageAlt: 160,
} as const

/** Emitted after SEO fields are written or removed; the storefront revalidation subscriber listens. */
export const SeoEvents = {
  UPDATED: "seo_fields.updated",
  DELETED: "seo_fields.deleted",
} as const

/** The fields an editor sets; the rest of a record (id, entity, dates) is Comptoir's. */
export const SEO_EDITABLE_FIELDS = [
  "meta_title",
  "meta_description",
  "focus_keyword",
  "canonical_url",
  "noindex",
  "social_image_url",
  "image_alts",
] as const
export type SeoEditableField = (typeof SEO_EDITABLE_FIELDS)[number]

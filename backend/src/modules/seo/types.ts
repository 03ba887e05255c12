import type { SeoEntityType } from "./constants"

/** An SEO record as the admin API and the store's `seo` relation return it. */
export type SeoFieldsDto = {
  id: string
  entity_type: SeoEntityType
  entity_id: string
  meta_title: string | null
  meta_description: string | null
  focus_keyword: string | null
  canonical_url: string | null
  noindex: boolean
  social_image_url: string | null
  image_alts: Record<string, string>
  updated_at: string
}

/** The fields an editor sets, as stored (trimmed, empty → null); every one optional in an update. */
export type SeoFieldsInput = Partial<Omit<SeoFieldsDto, "id" | "entity_type" | "entity_id" | "updated_at">>

type StoredSeoFields = Omit<SeoFieldsDto, "updated_at" | "image_alts"> & {
  image_alts: unknown
  updated_at: Date | string
}

/** A stored record in the API's shape (dates as ISO strings, alts always an object). */
export function toSeoFieldsDto(record: StoredSeoFields): SeoFieldsDto {
  const alts = record.image_alts && typeof record.image_alts === "object" ? (record.image_alts as Record<string, string>) : {}
  return {
    id: record.id,
    entity_type: record.entity_type,
    entity_id: record.entity_id,
    meta_title: record.meta_title ?? null,
    meta_description: record.meta_description ?? null,
    focus_keyword: record.focus_keyword ?? null,
    canonical_url: record.canonical_url ?? null,
    noindex: Boolean(record.noindex),
    social_image_url: record.social_image_url ?? null,
    image_alts: alts,
    updated_at: new Date(record.updated_at).toISOString(),
  }
}

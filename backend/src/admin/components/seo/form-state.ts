import type { SeoAdviceInput } from "@comptoir/analytics/seo-advice"
import type { SeoEditableFields, SeoEntityType, SeoFieldsDto, SeoItem } from "./api"

/** What the widget's inputs hold: strings, never null, so every input stays controlled. */
export type SeoFormValues = {
  meta_title: string
  meta_description: string
  focus_keyword: string
  canonical_url: string
  noindex: boolean
  social_image_url: string
  image_alts: Record<string, string>
}

/** Maximum lengths the API accepts (shared contract); the inputs stop there. */
export const SEO_FIELD_MAX = {
  meta_title: 120,
  meta_description: 320,
  focus_keyword: 80,
  canonical_url: 500,
  social_image_url: 500,
  image_alt: 160,
} as const

export function formValues(seo: SeoFieldsDto | null, item: SeoItem): SeoFormValues {
  const alts = seo?.image_alts ?? {}
  return {
    meta_title: seo?.meta_title ?? "",
    meta_description: seo?.meta_description ?? "",
    focus_keyword: seo?.focus_keyword ?? "",
    canonical_url: seo?.canonical_url ?? "",
    noindex: seo?.noindex ?? false,
    social_image_url: seo?.social_image_url ?? "",
    image_alts: Object.fromEntries(item.images.map((image) => [image.id, alts[image.id] ?? ""])),
  }
}

const orNull = (value: string): string | null => (value.trim() === "" ? null : value.trim())

/** The POST body: trimmed texts, null for what was emptied, alt texts only where written. */
export function savePayload(values: SeoFormValues): SeoEditableFields {
  return {
    meta_title: orNull(values.meta_title),
    meta_description: orNull(values.meta_description),
    focus_keyword: orNull(values.focus_keyword),
    canonical_url: orNull(values.canonical_url),
    noindex: values.noindex,
    social_image_url: orNull(values.social_image_url),
    image_alts: Object.fromEntries(
      Object.entries(values.image_alts)
        .map(([id, alt]) => [id, alt.trim()] as const)
        .filter(([, alt]) => alt !== ""),
    ),
  }
}

export function isDirty(values: SeoFormValues, saved: SeoFormValues): boolean {
  return JSON.stringify(savePayload(values)) !== JSON.stringify(savePayload(saved))
}

/** The live advice's input for the values being typed. */
export function adviceInput(
  type: SeoEntityType,
  entityId: string,
  item: SeoItem,
  values: SeoFormValues,
  titles: { entity_type: SeoEntityType; entity_id: string; title: string }[],
): SeoAdviceInput {
  return {
    entityType: type,
    // Without a meta title the storefront shows "Title · Shop": judge that, as the audit will.
    title: item.page_title,
    handle: item.handle,
    description: item.description,
    metaTitle: orNull(values.meta_title),
    metaDescription: orNull(values.meta_description),
    focusKeyword: orNull(values.focus_keyword),
    noindex: values.noindex,
    images: item.images.map((image) => ({ id: image.id, alt: orNull(values.image_alts[image.id] ?? "") })),
    // The item itself is in the list under its saved title: leave it out.
    otherTitles: titles.filter((t) => !(t.entity_type === type && t.entity_id === entityId)).map((t) => t.title),
    url: item.page_url,
  }
}

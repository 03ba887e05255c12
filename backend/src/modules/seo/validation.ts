import { z } from "zod"
import { SEO_LIMITS } from "./constants"

/** Empty text means "no value": stored as null, so the storefront falls back to the item's own. */
const emptyToNull = (value: string) => (value === "" ? null : value)

/** Plain text, trimmed and bounded; HTML is kept as typed (it is escaped where it is shown). */
const plainText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).transform(emptyToNull).nullable()

/** An absolute http(s) URL, or a path of the shop starting with one "/" (not "//", another host). */
export function isUrlOrPath(value: string): boolean {
  if (/[\s\u0000-\u001f]/.test(value)) return false
  if (value.startsWith("/")) return !value.startsWith("//")
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== ""
  } catch {
    return false
  }
}

const urlOrPath = z
  .string()
  .trim()
  .max(SEO_LIMITS.url, `must be at most ${SEO_LIMITS.url} characters`)
  .refine((value) => value === "" || isUrlOrPath(value), "must be an absolute http(s) URL or a path starting with /")
  .transform(emptyToNull)
  .nullable()

/** image id → alt text; an empty alt removes the entry (the storefront then uses the product title). */
const imageAlts = z
  .record(
    z.string().min(1).max(100),
    z.string().trim().max(SEO_LIMITS.imageAlt, `alt texts must be at most ${SEO_LIMITS.imageAlt} characters`)
  )
  .refine((alts) => Object.keys(alts).length <= 200, "at most 200 image alt texts")
  .transform((alts) => Object.fromEntries(Object.entries(alts).filter(([, alt]) => alt !== "")))

/**
 * The editable SEO fields, each optional: a request changes the fields it names. Shared by the
 * admin route's body and the CSV import, so both accept exactly the same values.
 */
export const seoFieldsSchema = z
  .object({
    meta_title: plainText(SEO_LIMITS.metaTitle),
    meta_description: plainText(SEO_LIMITS.metaDescription),
    focus_keyword: plainText(SEO_LIMITS.focusKeyword),
    canonical_url: urlOrPath,
    noindex: z.boolean(),
    social_image_url: urlOrPath,
    image_alts: imageAlts,
  })
  .partial()
  .strict()

export type SeoFieldsBody = z.infer<typeof seoFieldsSchema>

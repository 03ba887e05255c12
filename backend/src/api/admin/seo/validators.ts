import { z } from "zod"
import { SEO_ENTITY_TYPES, seoFieldsSchema } from "../../../modules/seo"

/** `/admin/seo/:entity_type/:entity_id` */
export const seoItemParams = z.object({
  entity_type: z.enum(SEO_ENTITY_TYPES, { error: `entity_type must be one of ${SEO_ENTITY_TYPES.join(", ")}` }),
  entity_id: z.string().trim().min(1).max(100),
})
export type SeoItemParams = z.infer<typeof seoItemParams>

/** `POST /admin/seo/:entity_type/:entity_id`: the fields to change (the same rules as the CSV import). */
export const postSeoFieldsBody = seoFieldsSchema
export type PostSeoFieldsBody = z.infer<typeof postSeoFieldsBody>

/** Largest CSV the import reads: the demo shop's export is a few dozen kilobytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

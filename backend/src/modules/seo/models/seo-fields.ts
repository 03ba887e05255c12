import { model } from "@medusajs/framework/utils"
import { SEO_ENTITY_TYPES, SEO_LIMITS } from "../constants"

/**
 * The SEO fields of one catalogue item (a product, a collection or a category). The item itself
 * lives in Medusa's Product module: `entity_type` + `entity_id` name it for the import/export and
 * the unique index, the module links in `src/links/seo-*.ts` let Query join it (`fields=*seo`).
 *
 * Text is stored as typed (trimmed, HTML included): it is escaped where it is shown. The length
 * checks repeat the API's limits so a script writing through the service cannot overflow them.
 */
export const SeoFields = model
  .define("seo_fields", {
    id: model.id({ prefix: "seo" }).primaryKey(),
    entity_type: model.enum([...SEO_ENTITY_TYPES]),
    entity_id: model.text(),
    meta_title: model.text().nullable(),
    meta_description: model.text().nullable(),
    focus_keyword: model.text().nullable(),
    canonical_url: model.text().nullable(),
    noindex: model.boolean().default(false),
    social_image_url: model.text().nullable(),
    /** product image id → alt text; `{}` for collections and categories. */
    image_alts: model.json().default({}),
  })
  .indexes([
    { name: "IDX_seo_fields_entity", on: ["entity_type", "entity_id"], unique: true, where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "seo_fields_meta_title_length", expression: `char_length(meta_title) <= ${SEO_LIMITS.metaTitle}` },
    { name: "seo_fields_meta_description_length", expression: `char_length(meta_description) <= ${SEO_LIMITS.metaDescription}` },
    { name: "seo_fields_focus_keyword_length", expression: `char_length(focus_keyword) <= ${SEO_LIMITS.focusKeyword}` },
    { name: "seo_fields_canonical_url_length", expression: `char_length(canonical_url) <= ${SEO_LIMITS.url}` },
    { name: "seo_fields_social_image_url_length", expression: `char_length(social_image_url) <= ${SEO_LIMITS.url}` },
  ])

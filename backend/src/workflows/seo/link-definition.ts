import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEO_MODULE, type SeoEntityType } from "../../modules/seo"

/** The Product module's linkable key of each kind of item (see `src/links/seo-*.ts`). */
const ITEM_KEYS: Record<SeoEntityType, string> = {
  product: "product_id",
  collection: "product_collection_id",
  category: "product_category_id",
}

/** The link between an item and its SEO record, as Medusa's Link service creates or dismisses it. */
export function seoLink(entityType: SeoEntityType, entityId: string, seoFieldsId: string): LinkDefinition {
  return {
    [Modules.PRODUCT]: { [ITEM_KEYS[entityType]]: entityId },
    [SEO_MODULE]: { seo_fields_id: seoFieldsId },
  }
}

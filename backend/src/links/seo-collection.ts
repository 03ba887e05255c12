import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SeoModule from "../modules/seo"

/**
 * A collection has at most one SEO record, read with Query as `seo` (`fields=*seo`). The record goes
 * when the collection is deleted: Medusa's delete workflow removes the collection's links, and
 * `deleteCascade` on the SEO side makes that removal (soft-)delete the record too.
 */
export default defineLink(
  ProductModule.linkable.productCollection,
  { linkable: SeoModule.linkable.seoFields, alias: "seo", deleteCascade: true }
)

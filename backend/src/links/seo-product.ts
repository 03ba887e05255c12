import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SeoModule from "../modules/seo"

/**
 * A product has at most one SEO record, read with Query as `seo` (`fields=*seo`). The record goes
 * when the product is deleted: Medusa's delete workflow removes the product's links, and
 * `deleteCascade` on the SEO side makes that removal (soft-)delete the record too.
 */
export default defineLink(
  ProductModule.linkable.product,
  { linkable: SeoModule.linkable.seoFields, alias: "seo", deleteCascade: true }
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readItemsWithSeo } from "../catalogue"

/** The title each item shows in search results (its meta title, else its own): for the duplicate-title rule. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const items = await readItemsWithSeo(req.scope)
  res.json({
    items: items.map(({ item, seo }) => ({ entity_type: item.entity_type, entity_id: item.id, title: seo?.meta_title ?? item.title })),
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { writeSeoCsv } from "../../../../workflows/seo/seo-csv"
import { readItemsWithSeo } from "../catalogue"

/** Every product, collection and category with its SEO fields, as a CSV French Excel opens. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const items = await readItemsWithSeo(req.scope)
  const csv = writeSeoCsv(items.map(({ item, seo }) => ({ entity_type: item.entity_type, id: item.id, handle: item.handle, title: item.title, seo })))
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", 'attachment; filename="seo-comptoir.csv"')
  res.send(csv)
}

import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import seedDemo from "../../src/scripts/seed-demo"

/** What a shop is made of, counted row by row: two equal counts mean nothing was doubled. */
export const countedEntities = [
  "product", "product_variant", "product_option", "product_category", "product_collection", "product_type", "product_tag",
  "product_image", "region", "tax_region", "tax_rate", "tax_rate_rule", "stock_location", "fulfillment_set", "service_zone",
  "geo_zone", "shipping_option", "shipping_profile", "sales_channel", "api_key", "price_set", "price", "price_list",
  "inventory_item", "inventory_level", "customer", "customer_address", "customer_group", "auth_identity", "user",
  "campaign", "campaign_budget", "promotion", "promotion_rule", "application_method",
  // Comptoir's SEO module: one record per demo product that has SEO fields.
  "seo_fields",
] as const

export async function countShop(container: MedusaContainer): Promise<Record<string, number>> {
  const query = container.resolve("query")
  const counts: Record<string, number> = {}
  for (const entity of countedEntities) {
    // One entity at a time: the union of all entity names is too wide for query.graph's overloads.
    const { data } = await query.graph({ entity: entity as "product", fields: ["id"] })
    counts[entity] = data.length
  }
  return counts
}

export const execArgs = (container: MedusaContainer, args: string[] = []) => ({ container, args }) as unknown as ExecArgs

/** What a teacher does: `npm start` creates the starter shop, then `npm run seed` the demo. Returns the seed's duration. */
export async function seedOverStarterShop(container: MedusaContainer): Promise<number> {
  await bootstrap(execArgs(container))
  const startedAt = Date.now()
  await seedDemo(execArgs(container))
  return Date.now() - startedAt
}

export type Storefront = { key: string; regionId: string; headers: { headers: Record<string, string> } }

export async function storefront(api: { get: (url: string) => Promise<{ data: any }> }): Promise<Storefront> {
  const { data } = await api.get("/comptoir/storefront-config")
  return { key: data.publishable_key, regionId: data.default_region_id, headers: { headers: { "x-publishable-api-key": data.publishable_key } } }
}

/** The local file provider writes uploads under backend/static: the tests remove theirs. */
export async function removeUploadedImages(container: MedusaContainer) {
  const query = container.resolve("query")
  const { data } = await query.graph({ entity: "product_image", fields: ["url"], withDeleted: true })
  const keys = [...new Set(data.map((image: { url: string }) => decodeURIComponent(new URL(image.url).pathname.split("/").pop() ?? "")))]
  if (keys.length > 0) await container.resolve(Modules.FILE).deleteFiles(keys)
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type StorefrontConfigResponse = {
  publishable_key: string
  default_region_id: string | null
  default_country_code: string
  shop_name: string
}

/**
 * What the storefront needs to talk to the Store API, so no key is ever copied by hand.
 * A publishable key is public by design (every storefront ships it to browsers).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StorefrontConfigResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["name", "default_sales_channel_id", "default_region_id"] })
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["token", "revoked_at", "created_at", "sales_channels.id"],
    filters: { type: "publishable" },
  })
  const usable = keys
    .filter((key) => !key.revoked_at)
    .filter((key) => (key.sales_channels ?? []).some((channel: { id: string } | null) => channel?.id === store?.default_sales_channel_id))
  const key = usable[0]
  if (!store || !key) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "The shop has no publishable API key for its default sales channel yet: run the bootstrap (npm start does it)."
    )
  }
  let countryCode = "fr"
  if (store.default_region_id) {
    const {
      data: [region],
    } = await query.graph({ entity: "region", fields: ["countries.iso_2"], filters: { id: store.default_region_id } })
    countryCode = region?.countries?.[0]?.iso_2 ?? countryCode
  }
  res.json({
    publishable_key: key.token,
    default_region_id: store.default_region_id ?? null,
    default_country_code: countryCode,
    shop_name: store.name,
  })
}

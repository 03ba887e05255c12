import type { ShopDefinition } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureFulfilment } from "../demo/fulfilment"
import { emptyCatalogue, ensureProducts, type CatalogueIds } from "../demo/products"

/** The ids the rest of a shop (demo catalogue, promotions...) is attached to. */
export type ShopContext = {
  salesChannelId: string
  regionId: string
  regionIds: ReadonlyMap<string, string>
  locationId: string
  shippingProfileId: string
}

/**
 * Creates the shop described by `shop` through Medusa's workflows. Every piece is found
 * by its name before being created, so a run interrupted half-way (a laptop losing power)
 * completes on the next start instead of duplicating what was already there.
 */
export async function ensureShop(container: MedusaContainer, shop: ShopDefinition, catalogue: CatalogueIds = emptyCatalogue) {
  const context = await ensureShopFoundations(container, shop)
  await ensureProducts(
    container,
    { ...context, currencyCode: shop.currencyCode },
    shop.products,
    catalogue
  )
  return context
}

/** Everything but the products: sales channel, regions, taxes, warehouse, shipping, storefront key. */
export async function ensureShopFoundations(container: MedusaContainer, shop: ShopDefinition): Promise<ShopContext> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const regions = container.resolve(Modules.REGION)
  const tax = container.resolve(Modules.TAX)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const [store] = await storeModule.listStores({}, { take: 1 })
  if (!store) throw new Error("Medusa has no store: the database was not initialised")

  // Sales channel: rename Medusa's default one rather than leaving an unused "Default Sales Channel".
  let salesChannelId = store.default_sales_channel_id ?? undefined
  if (salesChannelId) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: salesChannelId }, update: shop.salesChannel },
    })
  } else {
    const [found] = await salesChannels.listSalesChannels({ name: shop.salesChannel.name }, { take: 1 })
    salesChannelId =
      found?.id ??
      (await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [shop.salesChannel] } })).result[0]!.id
  }

  const regionIds = new Map<string, string>()
  for (const definition of [shop.region, ...shop.otherRegions]) {
    let [region] = await regions.listRegions({ name: definition.name }, { take: 1 })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: definition.name,
              currency_code: shop.currencyCode,
              countries: definition.countries,
              payment_providers: ["pp_system_default"],
              is_tax_inclusive: true,
            },
          ],
        },
      })
      region = result[0]!
      logger.info(`Region ${definition.name} created`)
    }
    regionIds.set(definition.name, region.id)
  }
  const regionId = regionIds.get(shop.region.name)!

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: shop.storeName,
        supported_currencies: [{ currency_code: shop.currencyCode, is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })

  for (const country of [shop.region, ...shop.otherRegions].flatMap((region) => region.countries)) {
    const [existing] = await tax.listTaxRegions({ country_code: country }, { take: 1 })
    if (!existing) {
      await createTaxRegionsWorkflow(container).run({
        input: [{ country_code: country, provider_id: "tp_system", default_tax_rate: shop.countryTaxRates[country] ?? shop.taxRate }],
      })
    }
  }

  const { locationId, shippingProfileId } = await ensureFulfilment(container, shop, { salesChannelId, regionIds })

  // Medusa creates a "Default Publishable API Key" on first boot: give it our name instead of adding a second key.
  const { data: channelKeys } = await query.graph({
    entity: "api_key",
    fields: ["id", "title", "revoked_at", "sales_channels.id"],
    filters: { type: "publishable" },
  })
  const key = channelKeys.find(
    (candidate) =>
      !candidate.revoked_at &&
      (candidate.sales_channels ?? []).some((channel: { id: string } | null) => channel?.id === salesChannelId)
  )
  if (key && key.title !== shop.publishableKeyTitle) {
    await updateApiKeysWorkflow(container).run({
      input: { selector: { id: key.id }, update: { title: shop.publishableKeyTitle } },
    })
  } else if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: shop.publishableKeyTitle, type: "publishable", created_by: "comptoir" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0]!.id, add: [salesChannelId] } })
  }

  return { salesChannelId, regionId, regionIds, locationId, shippingProfileId }
}

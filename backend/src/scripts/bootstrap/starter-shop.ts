import type { ShopDefinition } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * Creates the shop described by `shop` through Medusa's workflows. Every piece is found
 * by its name before being created, so a run interrupted half-way (a laptop losing power)
 * completes on the next start instead of duplicating what was already there.
 */
export async function ensureShop(container: MedusaContainer, shop: ShopDefinition) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const regions = container.resolve(Modules.REGION)
  const tax = container.resolve(Modules.TAX)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const products = container.resolve(Modules.PRODUCT)
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

  let [region] = await regions.listRegions({ name: shop.region.name }, { take: 1 })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: shop.region.name,
            currency_code: shop.currencyCode,
            countries: shop.region.countries,
            payment_providers: ["pp_system_default"],
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]!
    logger.info(`Region ${shop.region.name} created`)
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: shop.storeName,
        supported_currencies: [{ currency_code: shop.currencyCode, is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: region.id,
      },
    },
  })

  for (const country of shop.region.countries) {
    const [existing] = await tax.listTaxRegions({ country_code: country }, { take: 1 })
    if (!existing) {
      await createTaxRegionsWorkflow(container).run({
        input: [{ country_code: country, provider_id: "tp_system", default_tax_rate: shop.taxRate }],
      })
    }
  }

  let [location] = await stockLocations.listStockLocations({ name: shop.stockLocation.name }, { take: 1 })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: shop.stockLocation.name,
            address: { city: shop.stockLocation.city, country_code: shop.stockLocation.countryCode, address_1: "" },
          },
        ],
      },
    })
    location = result[0]!
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }

  let [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Standard", type: "default" }] },
    })
    profile = result[0]!
  }

  const fulfillmentSetName = `${shop.stockLocation.name} — expéditions`
  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: fulfillmentSetName },
    { relations: ["service_zones"], take: 1 }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: fulfillmentSetName,
      type: "shipping",
      service_zones: [
        {
          name: shop.region.name,
          geo_zones: shop.region.countries.map((country_code) => ({ country_code, type: "country" as const })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const serviceZone = fulfillmentSet.service_zones[0]
  if (!serviceZone) throw new Error(`fulfillment set ${fulfillmentSetName} has no service zone`)

  for (const option of shop.shippingOptions) {
    const [existing] = await fulfillment.listShippingOptions({ name: option.name }, { take: 1 })
    if (existing) continue
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: option.name,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: serviceZone.id,
          shipping_profile_id: profile.id,
          type: { label: option.name, description: option.description, code: option.code },
          prices: [
            { currency_code: shop.currencyCode, amount: option.price },
            { region_id: region.id, amount: option.price },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }

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

  const handles = shop.products.map((product) => product.handle)
  const existingHandles = new Set((await products.listProducts({ handle: handles }, { select: ["handle"] })).map((p) => p.handle))
  const missing = shop.products.filter((product) => !existingHandles.has(product.handle))
  if (missing.length > 0) {
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          title: product.title,
          subtitle: product.subtitle,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          sales_channels: [{ id: salesChannelId }],
          options: product.options,
          variants: product.variants.map((variant) => ({
            title: variant.title,
            sku: variant.sku,
            options: variant.options,
            manage_inventory: true,
            prices: [{ currency_code: shop.currencyCode, amount: variant.price }],
          })),
        })),
      },
    })
    const stockBySku = new Map(shop.products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { product_id: created.map((p) => p.id) },
    })
    const levels = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).map((item: { inventory_item_id: string } | null) => ({
        location_id: location.id,
        inventory_item_id: item!.inventory_item_id,
        stocked_quantity: stockBySku.get(variant.sku ?? "") ?? 0,
      }))
    )
    if (levels.length > 0) {
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    }
    logger.info(`${created.length} product(s) created`)
  }

  return { salesChannelId, regionId: region.id }
}

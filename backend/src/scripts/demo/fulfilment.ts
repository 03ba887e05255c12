import type { ShopDefinition } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createShippingOptionPriceSetsWorkflow } from "./shipping-option-prices"

type Kind = ShopDefinition["shippingOptions"][number]["kind"]

/** The fulfilment set of each kind: parcels leave the warehouse, or the customer collects them there. */
const fulfilmentSetName = (shop: ShopDefinition, kind: Kind) =>
  kind === "pickup" ? `${shop.stockLocation.name} — retrait` : `${shop.stockLocation.name} — expéditions`

/**
 * The warehouse, the shipping profile and every shipping option of the shop, each found by
 * name before being created. A fulfilment set per kind (shipping, pickup) holds one service
 * zone per region it serves, so an option is offered only to addresses in its region.
 */
export async function ensureFulfilment(
  container: MedusaContainer,
  shop: ShopDefinition,
  ids: { salesChannelId: string; regionIds: ReadonlyMap<string, string> }
) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

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
  }
  await ensureLocationLinks(container, location.id, ids.salesChannelId)

  let [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Standard", type: "default" }] },
    })
    profile = result[0]!
  }

  const regions = [shop.region, ...shop.otherRegions]
  const regionOf = (option: ShopDefinition["shippingOptions"][number]) => option.region ?? shop.region.name
  const zoneIds = new Map<string, string>()
  for (const kind of ["shipping", "pickup"] as const) {
    const options = shop.shippingOptions.filter((option) => option.kind === kind)
    if (options.length === 0) continue
    const name = fulfilmentSetName(shop, kind)
    const find = async () =>
      (await fulfillment.listFulfillmentSets({ name }, { relations: ["service_zones"], take: 1 }))[0]
    let set = await find()
    if (!set) {
      await createLocationFulfillmentSetWorkflow(container).run({
        input: { location_id: location.id, fulfillment_set_data: { name, type: kind } },
      })
      set = (await find())!
    }
    const zones = new Map(set.service_zones.map((zone) => [zone.name, zone.id]))
    for (const region of regions.filter((candidate) => options.some((option) => regionOf(option) === candidate.name))) {
      // Service zone names are unique across all fulfilment sets.
      const zoneName = kind === "pickup" ? `${region.name} (retrait)` : region.name
      if (!zones.has(zoneName)) {
        const { result } = await createServiceZonesWorkflow(container).run({
          input: {
            data: [
              {
                name: zoneName,
                fulfillment_set_id: set.id,
                geo_zones: region.countries.map((country_code) => ({ country_code, type: "country" as const })),
              },
            ],
          },
        })
        zones.set(zoneName, result[0]!.id)
      }
      zoneIds.set(`${kind}:${region.name}`, zones.get(zoneName)!)
    }
  }

  const pricesOf = (option: ShopDefinition["shippingOptions"][number]) => [
    { currency_code: shop.currencyCode, amount: option.price },
    { region_id: ids.regionIds.get(regionOf(option))!, amount: option.price },
  ]
  const deliveryData = (option: ShopDefinition["shippingOptions"][number]) =>
    option.deliveryDays ? { delivery_days_min: option.deliveryDays.min, delivery_days_max: option.deliveryDays.max } : undefined
  const found = await fulfillment.listShippingOptions(
    { name: shop.shippingOptions.map((option) => option.name) },
    { select: ["id", "name", "data"] }
  )
  const existing = new Set(found.map((option) => option.name))
  // An option created without delays (the starter's) gets them; delays a student set are kept.
  const undated = found.flatMap((option) => {
    const data = deliveryData(shop.shippingOptions.find((candidate) => candidate.name === option.name)!)
    return data && !option.data ? [{ id: option.id, data }] : []
  })
  if (undated.length > 0) await updateShippingOptionsWorkflow(container).run({ input: undated })
  const missing = shop.shippingOptions.filter((option) => !existing.has(option.name))
  if (missing.length > 0) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zoneIds.get(`${option.kind}:${regionOf(option)}`)!,
        shipping_profile_id: profile.id,
        type: { label: option.name, description: option.description, code: option.code },
        // Delivery delays for the storefront's checkout; the manual provider keeps `data` as given.
        data: deliveryData(option),
        prices: pricesOf(option),
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
    logger.info(`${missing.length} shipping option(s) created`)
  }

  // A run killed between an option and its prices leaves it unpriced: the checkout would fail on it.
  const { data: priced } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "name", "price_set_link.price_set_id"],
    filters: { name: shop.shippingOptions.map((option) => option.name) },
  })
  type Row = { id: string; name: string; price_set_link?: { price_set_id: string } | null }
  const unpriced = (priced as unknown as Row[]).filter((option) => !option.price_set_link?.price_set_id)
  if (unpriced.length > 0) {
    await createShippingOptionPriceSetsWorkflow(container).run({
      input: {
        options: unpriced.map((option) => ({
          id: option.id,
          prices: pricesOf(shop.shippingOptions.find((candidate) => candidate.name === option.name)!),
        })),
      },
    })
    logger.info(`${unpriced.length} shipping option(s) given their prices`)
  }

  return { locationId: location.id, shippingProfileId: profile.id }
}

/**
 * The warehouse sells through the shop's channel and ships with the manual provider; checked on
 * every run, not only when the warehouse is created, since a run killed in between leaves it bare.
 */
async function ensureLocationLinks(container: MedusaContainer, locationId: string, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["sales_channels.id", "fulfillment_providers.id"],
    filters: { id: locationId },
  })
  const row = data[0] as { sales_channels?: Array<{ id: string } | null> | null; fulfillment_providers?: Array<{ id: string } | null> | null }
  if (!(row.sales_channels ?? []).some((channel) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  }
  if ((row.fulfillment_providers ?? []).length === 0) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
        },
      ],
    })
  }
}

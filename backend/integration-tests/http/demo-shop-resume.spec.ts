import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_CUSTOMER_PASSWORD, demoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteInventoryItemWorkflow, deletePriceListsWorkflow, deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import seedDemo from "../../src/scripts/seed-demo"
import { countShop, execArgs, removeUploadedImages, seedOverStarterShop, storefront } from "./demo-shop-helpers"

async function variantBySku(container: MedusaContainer, sku: string) {
  const { data } = await container.resolve("query").graph({
    entity: "product_variant",
    fields: ["id", "product_id", "price_set.id", "inventory_items.inventory_item_id"],
    filters: { sku },
  })
  return data[0] as { id: string; product_id: string; price_set: { id: string }; inventory_items: Array<{ inventory_item_id: string }> }
}

/**
 * The states a `medusa exec seed` killed with SIGKILL leaves behind, made directly through the
 * modules: createProductsWorkflow commits step by step and no compensation runs after a kill.
 */
async function leaveWhatAKilledSeedLeaves(container: MedusaContainer) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve("query")
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })

  // Killed before the price lists (the step that crashed on "No price set exist for variants").
  const lists = await container.resolve(Modules.PRICING).listPriceLists({}, { select: ["id"] })
  await deletePriceListsWorkflow(container).run({ input: { ids: lists.map((list) => list.id) } })

  // A product written, its links and variants not.
  const { data: [candle] } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { handle: "bougie-figuier" } })
  await deleteProductVariantsWorkflow(container).run({ input: { ids: candle.variants.map((v: { id: string }) => v.id) } })
  await link.dismiss([
    { [Modules.PRODUCT]: { product_id: candle.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: (await container.resolve(Modules.STORE).listStores())[0]!.default_sales_channel_id! } },
  ])
  const { data: profiles } = await query.graph({ entity: "product", fields: ["shipping_profile.id"], filters: { id: candle.id } })
  await link.dismiss([{ [Modules.PRODUCT]: { product_id: candle.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profiles[0].shipping_profile.id } }])

  // One variant of a product missing (a variant a student deleted is missing the same way).
  const tee = await variantBySku(container, "TEE-BIO-XL-TERRA")
  await deleteProductVariantsWorkflow(container).run({ input: { ids: [tee.id] } })

  // Variants written, their prices not.
  const small = await variantBySku(container, "THEIERE-FONTE-08")
  await link.dismiss([{ [Modules.PRODUCT]: { variant_id: small.id }, [Modules.PRICING]: { price_set_id: small.price_set.id } }])
  await container.resolve(Modules.PRICING).deletePriceSets([small.price_set.id])

  // Inventory item created, not yet linked to its variant (and so no stock level).
  const slate = await variantBySku(container, "BOL-GRES-ARDOISE")
  const slateItem = slate.inventory_items[0]!.inventory_item_id
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: slateItem, location_id: location!.id })
  await inventory.deleteInventoryLevels(levels.map((level) => level.id))
  await link.dismiss([{ [Modules.PRODUCT]: { variant_id: slate.id }, [Modules.INVENTORY]: { inventory_item_id: slateItem } }])

  // No inventory item at all.
  const sand = await variantBySku(container, "BOL-GRES-SABLE")
  await deleteInventoryItemWorkflow(container).run({ input: [sand.inventory_items[0]!.inventory_item_id] })

  // A shipping option created, its prices not.
  const { data: [pickup] } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "price_set_link.price_set_id"],
    filters: { name: demoShop.shippingOptions.at(-1)!.name },
  })
  const pickupPrices = pickup.price_set_link.price_set_id
  await link.dismiss([{ [Modules.FULFILLMENT]: { shipping_option_id: pickup.id }, [Modules.PRICING]: { price_set_id: pickupPrices } }])
  await container.resolve(Modules.PRICING).deletePriceSets([pickupPrices])

  // A customer account created, its login not yet pointed at it.
  const auth = container.resolve(Modules.AUTH)
  const [login] = await auth.listProviderIdentities({ entity_id: "camille.durand@example.com", provider: "emailpass" })
  await auth.updateAuthIdentities([{ id: login!.auth_identity_id!, app_metadata: {} }])
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the demo seed, run again after a run killed half-way", () => {
      let clean: Record<string, number> = {}
      let listed = 0

      beforeAll(async () => {
        await seedOverStarterShop(getContainer())
        clean = await countShop(getContainer())
        const shop = await storefront(api)
        listed = (await api.get("/store/products?limit=1&fields=id", shop.headers)).data.count
      })

      afterAll(async () => {
        await removeUploadedImages(getContainer())
      })

      it("completes the half-made products and the stages after them, doubling nothing", async () => {
        const container = getContainer()
        await leaveWhatAKilledSeedLeaves(container)
        expect((await countShop(container)).product_variant).toBeLessThan(clean.product_variant!)

        const startedAt = Date.now()
        await seedDemo(execArgs(container))
        process.stdout.write(`[demo-shop] seed after a kill: ${Date.now() - startedAt} ms\n`)
        expect(await countShop(container)).toEqual(clean)

        // Every variant priced, in stock as defined, sold in the store: the shop as a clean seed makes it.
        const location = (await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 }))[0]!
        const { data: variants } = await container.resolve("query").graph({
          entity: "product_variant",
          fields: ["sku", "price_set.id", "inventory_items.inventory.location_levels.location_id", "inventory_items.inventory.location_levels.stocked_quantity"],
        })
        const stock = (sku: string) =>
          variants
            .find((v: { sku: string }) => v.sku === sku)
            ?.inventory_items.flatMap((item: any) => item.inventory.location_levels)
            .find((level: any) => level.location_id === location.id)?.stocked_quantity
        for (const variant of demoShop.products.flatMap((product) => product.variants)) {
          expect(variants.find((v: { sku: string }) => v.sku === variant.sku)?.price_set?.id, variant.sku).toBeTruthy()
          expect(stock(variant.sku), variant.sku).toBe(variant.stock)
        }

        const shop = await storefront(api)
        expect((await api.get("/store/products?limit=1&fields=id", shop.headers)).data.count).toBe(listed)
        const { data } = await api.get(
          `/store/products?handle=theiere-fonte-noire&region_id=${shop.regionId}&fields=*variants.calculated_price`,
          shop.headers
        )
        expect(data.products[0].variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual([46.9, 54.9])
        const { data: candle } = await api.get(`/store/products?handle=bougie-figuier&region_id=${shop.regionId}&fields=*variants.calculated_price`, shop.headers)
        expect(candle.products[0].variants[0].calculated_price.calculated_amount).toBe(24)

        const login = await api.post("/auth/customer/emailpass", { email: "camille.durand@example.com", password: DEMO_CUSTOMER_PASSWORD })
        const { data: me } = await api.get("/store/customers/me", { headers: { ...shop.headers.headers, authorization: `Bearer ${login.data.token}` } })
        expect(me.customer).toMatchObject({ first_name: "Camille" })

        // And a run on the complete shop writes nothing.
        await seedDemo(execArgs(container))
        expect(await countShop(container)).toEqual(clean)
      })
    })
  },
})

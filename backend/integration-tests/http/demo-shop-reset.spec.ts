import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoShop, expectedSnapshot, productDrift } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createReservationsWorkflow,
  deletePriceListsWorkflow,
  deleteProductsWorkflow,
  deleteProductVariantsWorkflow,
  deletePromotionsWorkflow,
  updateCollectionsWorkflow,
  updateCustomersWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import resetDemo from "../../src/scripts/reset-demo"
import { resetDemoShop } from "../../src/scripts/demo/reset"
import { readProducts } from "../../src/scripts/demo/snapshot"
import { upsertSeoFieldsWorkflow } from "../../src/workflows/seo/upsert-seo-fields"
import { countShop, execArgs, removeUploadedImages, seedOverStarterShop, storefront } from "./demo-shop-helpers"

/** Rows Medusa leaves behind when it soft-deletes a promotion: recreating promotions adds to them. */
const orphanedByPromotionDeletes = ["application_method", "promotion_rule", "campaign_budget"]
const comparable = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([entity]) => !orphanedByPromotionDeletes.includes(entity)))

async function one(container: MedusaContainer, entity: string, filters: Record<string, unknown>, fields = ["id"]) {
  const { data } = await container.resolve("query").graph({ entity, fields, filters })
  return data[0]
}

/** What a class does to a shop in a week, each change through the workflows the admin uses. */
async function studentsChangeTheShop(container: MedusaContainer) {
  const bowl = await one(container, "product", { handle: "bol-gres-emaille" })
  await updateProductsWorkflow(container).run({
    input: { selector: { id: bowl.id }, update: { title: "Bol", description: "Un bol." } },
  })
  await upsertSeoFieldsWorkflow(container).run({
    input: { entity_type: "product", entity_id: bowl.id, fields: { meta_title: "bol pas cher", noindex: true } },
  })
  const candle = await one(container, "product_variant", { sku: "BOUGIE-FIGUIER" })
  await updateProductVariantsWorkflow(container).run({
    input: { product_variants: [{ id: candle.id, prices: [{ currency_code: "eur", amount: 19 }] }] },
  })
  const celadon = await one(container, "product_variant", { sku: "BOL-GRES-CELADON" }, ["inventory_items.inventory_item_id"])
  const location = await one(container, "stock_location", {})
  await updateInventoryLevelsWorkflow(container).run({
    input: { updates: [{ inventory_item_id: celadon.inventory_items[0].inventory_item_id, location_id: location.id, stocked_quantity: 12 }] },
  })
  const tee = await one(container, "product_variant", { sku: "TEE-BIO-XL-TERRA" })
  await deleteProductVariantsWorkflow(container).run({ input: { ids: [tee.id] } })
  const carafe = await one(container, "product", { handle: "carafe-verre-souffle" })
  await deleteProductsWorkflow(container).run({ input: { ids: [carafe.id] } })
  await createProductsWorkflow(container).run({
    input: { products: [{ title: "Produit d'élève", handle: "produit-eleve", options: [{ title: "Taille", values: ["Unique"] }], variants: [{ title: "Unique", sku: "ELEVE-1", options: { Taille: "Unique" }, prices: [{ currency_code: "eur", amount: 10 }] }] }] },
  })
  const merci = await one(container, "promotion", { code: "MERCI5" })
  await deletePromotionsWorkflow(container).run({ input: { ids: [merci.id] } })
  await createPromotionsWorkflow(container).run({
    input: { promotionsData: [{ code: "ELEVE50", type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", value: 50 } }] },
  })
  const list = await one(container, "price_list", {})
  await deletePriceListsWorkflow(container).run({ input: { ids: [list.id] } })
  await createCustomersWorkflow(container).run({ input: { customersData: [{ email: "eleve@example.com", first_name: "Élève" }] } })
  const camille = await one(container, "customer", { email: "camille.durand@example.com" })
  await updateCustomersWorkflow(container).run({ input: { selector: { id: camille.id }, update: { first_name: "Camilla" } } })
  await createProductCategoriesWorkflow(container).run({ input: { product_categories: [{ name: "Soldes", handle: "soldes", is_active: true }] } })
  const essentials = await one(container, "product_collection", { handle: "les-essentiels" })
  await updateCollectionsWorkflow(container).run({ input: { selector: { id: essentials.id }, update: { title: "Essentiels !!" } } })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("npm run reset", () => {
      let seeded: Record<string, number> = {}

      beforeAll(async () => {
        await seedOverStarterShop(getContainer())
        seeded = await countShop(getContainer())
      })

      afterAll(async () => {
        await removeUploadedImages(getContainer())
      })

      it("changes nothing without a confirmation when no one can answer the question", async () => {
        await studentsChangeTheShop(getContainer())
        const changed = await countShop(getContainer())
        try {
          await resetDemo(execArgs(getContainer(), []))
          expect(process.exitCode).toBe(1)
        } finally {
          process.exitCode = undefined
        }
        expect(await countShop(getContainer())).toEqual(changed)
        expect((await one(getContainer(), "product", { handle: "bol-gres-emaille" }, ["title"])).title).toBe("Bol")
      })

      it("deletes what the class added and puts back what it changed, then does nothing the second time", async () => {
        const container = getContainer()
        await studentsChangeTheShop(container)
        const startedAt = Date.now()
        await resetDemo(execArgs(container, ["yes"]))
        process.stdout.write(`[demo-shop] reset after changes: ${Date.now() - startedAt} ms\n`)
        expect(process.exitCode ?? 0).toBe(0)

        expect(comparable(await countShop(container))).toEqual(comparable(seeded))
        const location = await one(container, "stock_location", {})
        const stored = await readProducts(container, {
          assets: demoShop.products.flatMap((p) => p.images),
          currencyCode: "eur",
          locationId: location.id,
        })
        expect(stored.map((p) => p.handle).sort()).toEqual(demoShop.products.map((p) => p.handle).sort())
        for (const product of stored) {
          const definition = demoShop.products.find((candidate) => candidate.handle === product.handle)!
          expect(productDrift(expectedSnapshot(definition), product.snapshot), product.handle).toEqual({ attributes: [], structure: [] })
          expect(Object.fromEntries(product.stock), product.handle).toEqual(Object.fromEntries(definition.variants.map((v) => [v.sku, v.stock])))
        }

        const query = container.resolve("query")
        const codes = (await query.graph({ entity: "promotion", fields: ["code"] })).data.map((p: { code: string }) => p.code)
        expect(codes.sort()).toEqual(demoShop.promotions.map((p) => p.code).sort())
        const customers = (await query.graph({ entity: "customer", fields: ["email", "first_name"] })).data
        expect(customers.map((c: { email: string }) => c.email).sort()).toEqual(demoShop.customers.map((c) => c.email).sort())
        expect(customers.find((c: { email: string }) => c.email === "camille.durand@example.com").first_name).toBe("Camille")
        const collection = await one(container, "product_collection", { handle: "les-essentiels" }, ["title"])
        expect(collection.title).toBe("Les essentiels")

        const shop = await storefront(api)
        const { data } = await api.get(
          `/store/products?handle=theiere-fonte-noire&region_id=${shop.regionId}&fields=*variants.calculated_price`,
          shop.headers
        )
        expect(data.products[0].variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual([46.9, 54.9])

        const again = await resetDemoShop(container, demoShop, { staffPassword: undefined, today: new Date() })
        expect(again.refused).toEqual([])
        expect(again.done).toHaveLength(1) // only "price lists, promotions and campaigns recreated"
      })

      it("reports a product it cannot delete because an order reserved its stock, and resets the rest", async () => {
        const container = getContainer()
        const location = await one(container, "stock_location", {})
        await createProductsWorkflow(container).run({
          input: { products: [{ title: "Réservé", handle: "produit-reserve", options: [{ title: "Taille", values: ["Unique"] }], variants: [{ title: "Unique", sku: "RESERVE-1", manage_inventory: true, options: { Taille: "Unique" }, prices: [{ currency_code: "eur", amount: 10 }] }] }] },
        })
        const variant = await one(container, "product_variant", { sku: "RESERVE-1" }, ["inventory_items.inventory_item_id"])
        const inventoryItemId = variant.inventory_items[0].inventory_item_id
        await createInventoryLevelsWorkflow(container).run({
          input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: location.id, stocked_quantity: 5 }] },
        })
        await createReservationsWorkflow(container).run({
          input: { reservations: [{ inventory_item_id: inventoryItemId, location_id: location.id, quantity: 1 }] },
        })
        const bowl = await one(container, "product", { handle: "bol-gres-emaille" })
        await updateProductsWorkflow(container).run({ input: { selector: { id: bowl.id }, update: { title: "Bol" } } })

        const report = await resetDemoShop(container, demoShop, { staffPassword: undefined, today: new Date() })
        expect(report.refused).toHaveLength(1)
        expect(report.refused[0]).toContain("produit-reserve")
        expect((await one(container, "product", { handle: "bol-gres-emaille" }, ["title"])).title).toBe("Bol en grès émaillé")
      })
    })
  },
})

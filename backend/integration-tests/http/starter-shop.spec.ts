import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { starterShop } from "@comptoir/seed"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"

type StorefrontConfig = { publishable_key: string; default_region_id: string; default_country_code: string; shop_name: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("after the bootstrap", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("serves the starter catalogue in euros, tax included, through the storefront's key", async () => {
        const { data: config } = (await api.get("/comptoir/storefront-config")) as { data: StorefrontConfig }
        expect(config.publishable_key).toMatch(/^pk_/)
        expect(config.default_country_code).toBe("fr")
        expect(config.shop_name).toBe(starterShop.storeName)

        const { data } = await api.get(
          `/store/products?region_id=${config.default_region_id}&fields=handle,*variants.calculated_price`,
          { headers: { "x-publishable-api-key": config.publishable_key } }
        )
        const handles = data.products.map((p: { handle: string }) => p.handle).sort()
        expect(handles).toEqual(starterShop.products.map((p) => p.handle).sort())
        const mug = data.products.find((p: { handle: string }) => p.handle === "tasse-emaillee-bleue")
        expect(mug.variants[0].calculated_price.calculated_amount).toBe(14.9)
        expect(mug.variants[0].calculated_price.currency_code).toBe("eur")
        expect(mug.variants[0].calculated_price.is_calculated_price_tax_inclusive).toBe(true)
      })

      it("names Medusa's default publishable key after the shop instead of adding a second one", async () => {
        const query = getContainer().resolve("query")
        const { data: keys } = await query.graph({ entity: "api_key", fields: ["title"], filters: { type: "publishable" } })
        expect(keys.map((k: { title: string }) => k.title)).toEqual([starterShop.publishableKeyTitle])
      })

      it("is idempotent: a second run adds nothing", async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
        const { data: config } = (await api.get("/comptoir/storefront-config")) as { data: StorefrontConfig }
        const { data } = await api.get("/store/products?limit=100", {
          headers: { "x-publishable-api-key": config.publishable_key },
        })
        expect(data.count).toBe(starterShop.products.length)
        const { data: regions } = await api.get(`/store/regions`, {
          headers: { "x-publishable-api-key": config.publishable_key },
        })
        expect(regions.regions.filter((r: { name: string }) => r.name === "France")).toHaveLength(1)
      })

      it("creates the development admin account, which can log in to the admin API", async () => {
        const login = await api.post("/auth/user/emailpass", {
          email: DEVELOPMENT_SECRETS.adminEmail,
          password: DEVELOPMENT_SECRETS.adminPassword,
        })
        const token = login.data.token as string
        const { data } = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${token}` } })
        expect(data.user.email).toBe(DEVELOPMENT_SECRETS.adminEmail)

        const refused = await api
          .post("/auth/user/emailpass", { email: DEVELOPMENT_SECRETS.adminEmail, password: "wrong-password" })
          .catch((error: any) => error.response)
        expect(refused.status).toBe(401)
      })

      it("stocks the starter products in the warehouse, including an out-of-stock one", async () => {
        const query = getContainer().resolve("query")
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["sku", "inventory_items.inventory.location_levels.stocked_quantity"],
        })
        const stock = Object.fromEntries(
          variants.map((v: any) => [v.sku, v.inventory_items[0].inventory.location_levels[0].stocked_quantity])
        )
        for (const variant of starterShop.products.flatMap((p) => p.variants)) {
          expect(stock[variant.sku]).toBe(variant.stock)
        }
      })
    })
  },
})

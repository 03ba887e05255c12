import { demoShop } from "@comptoir/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import { installedShop } from "../../src/scripts/bootstrap/first-shop"
import { countShop, execArgs, removeUploadedImages, storefront } from "./demo-shop-helpers"


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the first start on an empty database", () => {
      const previous = process.env.DEMO_SHOP
      beforeAll(() => {
        process.env.DEMO_SHOP = "true"
      })
      afterAll(async () => {
        process.env.DEMO_SHOP = previous
        await removeUploadedImages(getContainer())
      })

      it("installs the demo shop, then leaves the students' changes alone on every later start", async () => {
        const container = getContainer()
        expect(await installedShop(container)).toBeNull()
        await bootstrap(execArgs(container))
        expect(await installedShop(container)).toBe("demo")

        // One product of the demo is a draft on purpose: the storefront sells the others.
        const forSale = demoShop.products.filter((product) => product.status !== "draft")
        const shop = await storefront(api)
        const { data } = await api.get("/store/products?limit=1&fields=id", shop.headers)
        expect(data.count).toBe(forSale.length)
        const { data: config } = await api.get("/comptoir/storefront-config")
        expect(config.shop_name).toBe(demoShop.storeName)

        // A student deletes a product: the next start must not bring it back.
        const productModule = container.resolve(Modules.PRODUCT)
        const [product] = await productModule.listProducts({ handle: forSale[0]!.handle })
        await productModule.softDeleteProducts([product!.id])
        const before = await countShop(container)
        await bootstrap(execArgs(container))
        expect(await countShop(container)).toEqual(before)
        const { data: after } = await api.get("/store/products?limit=1&fields=id", shop.headers)
        expect(after.count).toBe(forSale.length - 1)
      })
    })
  },
})

import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { starterShop } from "../starter-shop"
import { demoAssetsDir } from "./assets"
import { DEMO_CUSTOMER_PASSWORD } from "./customers"
import { demoShop } from "./demo-shop"
import { kindsOf, promotionKinds } from "./promotion-kinds"
import { demoShopSchema } from "./schema"

const variants = demoShop.products.flatMap((product) => product.variants)

describe("demo catalogue", () => {
  it("has at least 40 products in 5 categories and 3 collections, every category and collection used", () => {
    expect(demoShop.products.length).toBeGreaterThanOrEqual(40)
    expect(demoShop.categories.filter((category) => !category.parent).length).toBeGreaterThanOrEqual(5)
    expect(demoShop.collections.length).toBeGreaterThanOrEqual(3)
    const usedCategories = new Set(demoShop.products.flatMap((product) => product.categories))
    for (const category of demoShop.categories) expect(usedCategories, category.handle).toContain(category.handle)
    const usedCollections = new Set(demoShop.products.map((product) => product.collection))
    for (const collection of demoShop.collections) expect(usedCollections, collection.handle).toContain(collection.handle)
  })

  it("uses every SKU and handle once", () => {
    expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length)
    expect(new Set(demoShop.products.map((product) => product.handle)).size).toBe(demoShop.products.length)
  })

  it("has products with several options, some with two axes (size and colour)", () => {
    expect(demoShop.products.filter((product) => product.variants.length > 1).length).toBeGreaterThanOrEqual(25)
    expect(demoShop.products.filter((product) => product.options.length >= 2).length).toBeGreaterThanOrEqual(2)
  })

  it("has stock states to manage: several out of stock, several low (1 to 5), most in stock", () => {
    const out = variants.filter((variant) => variant.stock === 0)
    const low = variants.filter((variant) => variant.stock > 0 && variant.stock <= 5)
    expect(out.length).toBeGreaterThanOrEqual(8)
    expect(low.length).toBeGreaterThanOrEqual(10)
    expect(variants.length - out.length - low.length).toBeGreaterThan(variants.length / 2)
  })

  it("has descriptions of uneven quality: good ones, thin ones, empty ones", () => {
    const lengths = demoShop.products.map((product) => product.description.length)
    expect(lengths.filter((length) => length >= 400).length).toBeGreaterThanOrEqual(12)
    expect(lengths.filter((length) => length < 40).length).toBeGreaterThanOrEqual(8)
    expect(lengths.filter((length) => length === 0).length).toBeGreaterThanOrEqual(2)
  })

  it("fills the SEO fields of some products only, with mistakes to fix", () => {
    const complete = demoShop.products.filter((p) => p.seo?.title && p.seo.description && p.seo.keyword)
    const partial = demoShop.products.filter((p) => p.seo && !(p.seo.title && p.seo.description && p.seo.keyword))
    const none = demoShop.products.filter((p) => !p.seo)
    expect(complete.length).toBeGreaterThanOrEqual(10)
    expect(partial.length).toBeGreaterThanOrEqual(8)
    expect(none.length).toBeGreaterThanOrEqual(10)
    // A title too long for a results page, a description of two words.
    expect(demoShop.products.some((p) => (p.seo?.title?.length ?? 0) > 70)).toBe(true)
    expect(demoShop.products.some((p) => p.seo?.description && p.seo.description.length < 30)).toBe(true)
  })

  it("puts food and books in the product types that pay the reduced VAT rate", () => {
    const reduced = new Set(demoShop.reducedTaxRates.flatMap((rate) => rate.productTypes))
    const foodAndBooks = demoShop.products.filter((p) => p.categories.some((c) => c === "epicerie-fine" || c === "librairie"))
    expect(foodAndBooks.length).toBeGreaterThanOrEqual(8)
    for (const product of foodAndBooks) expect(reduced, product.handle).toContain(product.type)
    for (const product of demoShop.products.filter((p) => !foodAndBooks.includes(p))) expect(reduced).not.toContain(product.type)
    expect(demoShop.reducedTaxRates.every((rate) => rate.rates.fr === 5.5)).toBe(true)
    expect(demoShop.taxRate.rate).toBe(20)
  })

  it("sells some variants at a sale price below their price", () => {
    const prices = demoShop.priceLists.flatMap((list) => list.prices)
    expect(prices.length).toBeGreaterThanOrEqual(8)
    for (const price of prices) {
      const variant = variants.find((candidate) => candidate.sku === price.sku)!
      expect(price.amount, price.sku).toBeLessThan(variant.price)
    }
  })
})

describe("demo product images", () => {
  const assets = demoShop.products.flatMap((product) => product.images)

  it("exist on disk for every product that has one, are small WebP files, and none is left over", () => {
    expect(assets.length).toBeGreaterThanOrEqual(40)
    for (const asset of assets) {
      const file = path.join(demoAssetsDir, asset)
      expect(fs.existsSync(file), `${asset} is missing: run npm run images -w @comptoir/seed`).toBe(true)
      const bytes = fs.readFileSync(file)
      expect(bytes.subarray(0, 4).toString("latin1"), asset).toBe("RIFF")
      expect(bytes.subarray(8, 12).toString("latin1"), asset).toBe("WEBP")
      expect(bytes.length, asset).toBeLessThan(30 * 1024)
    }
    const onDisk = fs.readdirSync(demoAssetsDir).filter((file) => file.endsWith(".webp"))
    expect(onDisk.sort()).toEqual([...new Set(assets)].sort())
  })

  it("leaves a few products without a picture, as a real shop has", () => {
    expect(demoShop.products.filter((product) => product.images.length === 0).length).toBeGreaterThanOrEqual(1)
  })
})

describe("demo shop", () => {
  it("covers every kind of promotion Medusa offers", () => {
    const kinds = new Set(demoShop.promotions.flatMap((promotion) => kindsOf(promotion, demoShop.campaigns)))
    expect([...kinds].sort()).toEqual([...promotionKinds].sort())
  })

  it("serves France and five more EU countries, with three ways to deliver in France", () => {
    expect(demoShop.region.countries).toEqual(["fr"])
    expect(demoShop.otherRegions.flatMap((region) => region.countries).sort()).toEqual(["be", "de", "es", "it", "lu"])
    const france = demoShop.shippingOptions.filter((option) => !option.region)
    expect(france.map((option) => option.code).sort()).toEqual(["domicile", "point-relais", "retrait-magasin"])
    expect(france.find((option) => option.code === "retrait-magasin")?.kind).toBe("pickup")
    for (const option of demoShop.shippingOptions) expect(option.deliveryDays, option.name).toBeDefined()
  })

  it("has customer accounts with French names and an admin account for the teacher", () => {
    expect(demoShop.customers.length).toBeGreaterThanOrEqual(12)
    expect(demoShop.customers.some((customer) => /[éèçï]/.test(customer.firstName + customer.lastName))).toBe(true)
    expect(DEMO_CUSTOMER_PASSWORD.length).toBeGreaterThanOrEqual(8)
    expect(demoShop.staff.length).toBeGreaterThanOrEqual(1)
  })

  it("contains the starter shop unchanged, so it can be seeded over it", () => {
    expect(demoShop.salesChannel).toEqual(starterShop.salesChannel)
    expect(demoShop.publishableKeyTitle).toBe(starterShop.publishableKeyTitle)
    expect(demoShop.region).toEqual(starterShop.region)
    expect(demoShop.stockLocation).toEqual(starterShop.stockLocation)
    for (const option of starterShop.shippingOptions) {
      expect(demoShop.shippingOptions.find((candidate) => candidate.name === option.name)).toMatchObject({ price: option.price })
    }
    for (const product of starterShop.products) {
      const demo = demoShop.products.find((candidate) => candidate.handle === product.handle)!
      expect(demo).toMatchObject({ title: product.title, description: product.description, variants: product.variants })
    }
  })
})

describe("demo shop schema", () => {
  const input = () => structuredClone(demoShop) as unknown as Record<string, any>

  it("refuses a product in a category the demo does not define", () => {
    const shop = input()
    shop.products[0].categories = ["inconnue"]
    const result = demoShopSchema.safeParse(shop)
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain("unknown category inconnue")
  })

  it("refuses a promotion aimed at a product or a campaign that does not exist, and lists both", () => {
    const shop = input()
    shop.promotions[0].targetRules = [{ on: "product", in: ["produit-fantome"] }]
    shop.promotions[0].campaign = "CAMPAGNE-FANTOME"
    const messages = JSON.stringify(demoShopSchema.safeParse(shop).error?.issues)
    expect(messages).toContain("unknown product produit-fantome")
    expect(messages).toContain("unknown campaign CAMPAGNE-FANTOME")
  })

  it("refuses a country in two regions and a buy X get Y without its quantities", () => {
    const shop = input()
    shop.otherRegions[0].countries.push("fr")
    const buyGet = shop.promotions.find((p: { type: string }) => p.type === "buyget")
    delete buyGet.buyMinQuantity
    const messages = JSON.stringify(demoShopSchema.safeParse(shop).error?.issues)
    expect(messages).toContain("country fr belongs to two regions")
    expect(messages).toContain("buy X get Y needs")
  })

  it("refuses a sale price for a SKU that does not exist", () => {
    const shop = input()
    shop.priceLists[0].prices.push({ sku: "SKU-FANTOME", amount: 5 })
    expect(JSON.stringify(demoShopSchema.safeParse(shop).error?.issues)).toContain("unknown SKU SKU-FANTOME")
  })
})

import { describe, expect, it } from "vitest"
import { shopDefinitionSchema } from "./shop-definition"
import { starterShop } from "./starter-shop"

describe("starter shop", () => {
  it("is a valid French shop in euros with products to show", () => {
    expect(starterShop.currencyCode).toBe("eur")
    expect(starterShop.region.countries).toContain("fr")
    expect(starterShop.taxRate.rate).toBe(20)
    expect(starterShop.products.length).toBeGreaterThanOrEqual(3)
  })

  it("has stock states a student can observe: in stock, low and out of stock", () => {
    const stocks = starterShop.products.flatMap((p) => p.variants.map((v) => v.stock))
    expect(stocks.some((s) => s === 0)).toBe(true)
    expect(stocks.some((s) => s > 0 && s <= 5)).toBe(true)
    expect(stocks.some((s) => s > 5)).toBe(true)
  })
})

describe("shop definition", () => {
  const valid = structuredClone(starterShop)

  it("refuses a SKU used twice", () => {
    const shop = structuredClone(valid)
    shop.products[1]!.variants[0]!.sku = shop.products[0]!.variants[0]!.sku
    const result = shopDefinitionSchema.safeParse(shop)
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain("is used twice")
  })

  it("refuses a variant that uses an option its product does not have", () => {
    const shop = structuredClone(valid)
    shop.products[0]!.variants[0]!.options = { Couleur: "Vert" }
    expect(shopDefinitionSchema.safeParse(shop).success).toBe(false)
  })

  it("refuses a handle that is not a clean slug", () => {
    const shop = structuredClone(valid)
    shop.products[0]!.handle = "Tasse Bleue!"
    expect(shopDefinitionSchema.safeParse(shop).success).toBe(false)
  })

  it("refuses prices with more than two decimals", () => {
    const shop = structuredClone(valid)
    shop.products[0]!.variants[0]!.price = 9.999
    expect(shopDefinitionSchema.safeParse(shop).success).toBe(false)
  })
})

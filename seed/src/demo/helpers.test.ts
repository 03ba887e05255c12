import { describe, expect, it } from "vitest"
import { assetOfUrl } from "./assets"
import { demoShop } from "./demo-shop"
import { expectedSnapshot, productDrift, stockDrift } from "./drift"
import { campaignWindow } from "./promotion-kinds"
import { salePrice } from "./promotions"
import { variantGrid } from "./variants"

const product = demoShop.products.find((candidate) => candidate.handle === "tee-shirt-coton-bio")!

describe("variantGrid", () => {
  it("makes every combination with readable SKUs, the last axis varying fastest", () => {
    const grid = variantGrid(
      "TEE",
      [
        { title: "Taille", values: [["S", "S"], ["M", "M"]] },
        { title: "Couleur", values: [["Bleu marine", "MARINE"], ["Blanc", "BLANC"]] },
      ],
      ([size]) => (size === "S" ? 20 : 22),
      [1, 2, 3, 4]
    )
    expect(grid.variants.map((v) => [v.sku, v.title, v.price, v.stock])).toEqual([
      ["TEE-S-MARINE", "S / Bleu marine", 20, 1],
      ["TEE-S-BLANC", "S / Blanc", 20, 2],
      ["TEE-M-MARINE", "M / Bleu marine", 22, 3],
      ["TEE-M-BLANC", "M / Blanc", 22, 4],
    ])
    expect(grid.variants[3]!.options).toEqual({ Taille: "M", Couleur: "Blanc" })
  })

  it("refuses a stock list that does not match the number of variants", () => {
    expect(() => variantGrid("X", [{ title: "Taille", values: [["S", "S"]] }], 1, [1, 2])).toThrow("1 variants but 2 stock figures")
  })
})

describe("productDrift", () => {
  const expected = expectedSnapshot(product)

  it("finds nothing when Medusa holds what the definition says, in any order", () => {
    const stored = { ...expected, variants: [...expected.variants].reverse(), tags: [...expected.tags].reverse() }
    expect(productDrift(expected, stored)).toEqual({ attributes: [], structure: [] })
  })

  it("sees changed text, SEO fields and prices as attributes to put back", () => {
    const stored = structuredClone(expected)
    stored.title = "Tee-shirt"
    stored.seo.keyword = ""
    stored.variants[0]!.price = 35
    const drift = productDrift(expected, stored)
    expect(drift.structure).toEqual([])
    expect(drift.attributes).toEqual(["title", "seo", `variant ${stored.variants[0]!.sku} price`])
  })

  it("sees an added or removed variant, or a new option value, as structure", () => {
    const removed = structuredClone(expected)
    removed.variants.pop()
    expect(productDrift(expected, removed).structure).toEqual(["variants"])
    const recoloured = structuredClone(expected)
    recoloured.options[0]!.values.push("Rose")
    expect(productDrift(expected, recoloured).structure).toEqual(["options"])
  })

  it("sees an image a student uploaded instead of the demo's", () => {
    const stored = { ...expected, images: ["http://localhost:9000/static/1-photo-perso.jpg"] }
    expect(productDrift(expected, stored).attributes).toEqual(["images"])
  })

  it("lists the variants whose stock differs, including those with no stock level yet", () => {
    const stock = new Map(product.variants.map((variant) => [variant.sku, variant.stock]))
    expect(stockDrift(product, stock)).toEqual([])
    const [first, second] = product.variants
    stock.set(first!.sku, first!.stock + 3)
    stock.delete(second!.sku)
    expect(stockDrift(product, stock)).toEqual([
      { sku: first!.sku, expected: first!.stock, actual: first!.stock + 3 },
      { sku: second!.sku, expected: second!.stock, actual: null },
    ])
  })
})

describe("assetOfUrl", () => {
  const assets = ["bougie-figuier.webp", "bougie-ambre-cedre.webp"]

  it("recognises the local provider's and the S3 provider's names for an upload", () => {
    expect(assetOfUrl("http://localhost:9000/static/1795447191271-bougie-figuier.webp", assets)).toBe("bougie-figuier.webp")
    expect(assetOfUrl("https://bucket.example.com/bougie-ambre-cedre-01JB7X3Z9Q8M2K4N6P0R1S3T5V.webp", assets)).toBe(
      "bougie-ambre-cedre.webp"
    )
  })

  it("does not take another file for a demo image", () => {
    expect(assetOfUrl("http://localhost:9000/static/1795447191271-ma-bougie-figuier.webp", assets)).toBeUndefined()
    expect(assetOfUrl("http://localhost:9000/static/1795447191271-bougie-figuier-2.webp", assets)).toBeUndefined()
    expect(assetOfUrl("http://localhost:9000/static/photo.jpg", assets)).toBeUndefined()
  })
})

describe("campaignWindow", () => {
  it("counts days from midnight UTC of the seeding day", () => {
    const today = new Date("2026-11-23T15:42:00Z")
    expect(campaignWindow({ identifier: "X", name: "X", description: "", startsInDays: -2, endsInDays: 3 }, today)).toEqual({
      starts_at: new Date("2026-11-21T00:00:00Z"),
      ends_at: new Date("2026-11-26T00:00:00Z"),
    })
    expect(campaignWindow({ identifier: "X", name: "X", description: "" }, today)).toEqual({ starts_at: null, ends_at: null })
  })
})

describe("salePrice", () => {
  it("rounds a discounted price to one ending in ,90", () => {
    expect(salePrice(59, 20)).toBe(46.9)
    expect(salePrice(18.5, 20)).toBe(14.9)
    expect(salePrice(7.5, 20)).toBe(5.9)
  })
})

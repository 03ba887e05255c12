import { describe, expect, it } from "vitest"
import { isUrlOrPath, seoFieldsSchema } from "./validation"

describe("seoFieldsSchema", () => {
  it("trims, turns empty text into null, and keeps HTML as typed", () => {
    expect(seoFieldsSchema.parse({ meta_title: "  <b>Tasse</b> & co  ", meta_description: "   ", image_alts: { img_1: " Face ", img_2: "" } })).toEqual({
      meta_title: "<b>Tasse</b> & co",
      meta_description: null,
      image_alts: { img_1: "Face" },
    })
  })

  it("bounds lengths after trimming and refuses unknown fields", () => {
    expect(seoFieldsSchema.safeParse({ meta_title: ` ${"x".repeat(120)} ` }).success).toBe(true)
    expect(seoFieldsSchema.safeParse({ meta_title: "x".repeat(121) }).success).toBe(false)
    expect(seoFieldsSchema.safeParse({ meta_description: "x".repeat(321) }).success).toBe(false)
    expect(seoFieldsSchema.safeParse({ focus_keyword: "x".repeat(81) }).success).toBe(false)
    expect(seoFieldsSchema.safeParse({ image_alts: { img_1: "x".repeat(161) } }).success).toBe(false)
    expect(seoFieldsSchema.safeParse({ title: "x" }).success).toBe(false)
  })
})

describe("isUrlOrPath", () => {
  it("accepts http(s) URLs and paths of the shop only", () => {
    expect(isUrlOrPath("https://boutique.lycee.fr/produits/tasse")).toBe(true)
    expect(isUrlOrPath("/produits/tasse")).toBe(true)
    for (const value of ["javascript:alert(1)", "//evil.example/x", "ftp://x.fr/a", "produits/tasse", "/a b", "data:image/png;base64,AA"]) {
      expect(isUrlOrPath(value), value).toBe(false)
    }
  })
})

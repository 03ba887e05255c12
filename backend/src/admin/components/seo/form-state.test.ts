import { describe, expect, it } from "vitest"
import type { SeoFieldsDto, SeoItem } from "./api"
import { adviceInput, formValues, isDirty, savePayload } from "./form-state"

const item: SeoItem = {
  title: "Théière en fonte",
  handle: "theiere-en-fonte",
  description: "<p>Une théière</p>",
  images: [{ id: "img_1", url: "/static/1.jpg" }, { id: "img_2", url: "/static/2.jpg" }],
  page_title: "Théière en fonte · Maison Lumignon",
  page_url: "https://boutique.example/produits/theiere-en-fonte",
}

const seo: SeoFieldsDto = {
  id: "seo_1", entity_type: "product", entity_id: "prod_1",
  meta_title: "Théière en fonte japonaise", meta_description: null, focus_keyword: "théière fonte",
  canonical_url: null, noindex: false, social_image_url: null,
  image_alts: { img_1: "Théière noire", img_gone: "image supprimée" }, updated_at: "2026-11-29T10:00:00Z",
}

describe("SEO form state", () => {
  it("fills every input with a string, alt texts only for the item's current images", () => {
    const values = formValues(seo, item)
    expect(values.meta_description).toBe("")
    expect(values.image_alts).toEqual({ img_1: "Théière noire", img_2: "" })
    expect(formValues(null, item).noindex).toBe(false)
  })

  it("saves trimmed texts, null for emptied fields and no empty alt text", () => {
    const values = { ...formValues(seo, item), meta_title: "  Titre  ", focus_keyword: "   ", image_alts: { img_1: " Noire ", img_2: "" } }
    expect(savePayload(values)).toEqual({
      meta_title: "Titre", meta_description: null, focus_keyword: null, canonical_url: null,
      noindex: false, social_image_url: null, image_alts: { img_1: "Noire" },
    })
  })

  it("is not dirty for whitespace-only changes", () => {
    const saved = formValues(seo, item)
    expect(isDirty({ ...saved, meta_title: `${saved.meta_title} ` }, saved)).toBe(false)
    expect(isDirty({ ...saved, noindex: true }, saved)).toBe(true)
  })

  it("feeds the advice with the typed values and the other items' titles only", () => {
    const titles = [
      { entity_type: "product" as const, entity_id: "prod_1", title: "Théière en fonte japonaise" },
      { entity_type: "collection" as const, entity_id: "prod_1", title: "Thé" },
      { entity_type: "product" as const, entity_id: "prod_2", title: "Tasse" },
    ]
    const input = adviceInput("product", "prod_1", item, formValues(seo, item), titles)
    expect(input.otherTitles).toEqual(["Thé", "Tasse"])
    expect(input.images).toEqual([{ id: "img_1", alt: "Théière noire" }, { id: "img_2", alt: null }])
    expect(input.metaDescription).toBeNull()
    // The page as the storefront serves it: its fallback <title> and its public address.
    expect(input.title).toBe("Théière en fonte · Maison Lumignon")
    expect(input.url).toBe("https://boutique.example/produits/theiere-en-fonte")
  })
})

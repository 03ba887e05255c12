import { describe, expect, it } from "vitest"
import { readSeoCsv, SEO_CSV_COLUMNS, writeSeoCsv } from "./seo-csv"

const seo = {
  id: "seo_1",
  entity_type: "product" as const,
  entity_id: "prod_1",
  meta_title: "Tasse <b>bleue</b>; émaillée",
  meta_description: "=SOMME(A1)",
  focus_keyword: "tasse",
  canonical_url: "/produits/tasse",
  noindex: true,
  social_image_url: null,
  image_alts: { img_1: "Tasse \"vue\" de face" },
  updated_at: "2026-11-29T10:00:00.000Z",
}

describe("writeSeoCsv / readSeoCsv", () => {
  it("reads back what it wrote, item by item", () => {
    const csv = writeSeoCsv([
      { entity_type: "product", id: "prod_1", handle: "tasse", title: "Tasse", seo },
      { entity_type: "category", id: "pcat_1", handle: "cuisine", title: "Cuisine", seo: null },
    ])
    const { rows, errors } = readSeoCsv(csv)
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        line: 2,
        entity_type: "product",
        entity_id: "prod_1",
        handle: "tasse",
        fields: {
          meta_title: seo.meta_title,
          meta_description: seo.meta_description,
          focus_keyword: "tasse",
          canonical_url: "/produits/tasse",
          noindex: true,
          social_image_url: null,
          image_alts: seo.image_alts,
        },
      },
      {
        line: 3,
        entity_type: "category",
        entity_id: "pcat_1",
        handle: "cuisine",
        fields: { meta_title: null, meta_description: null, focus_keyword: null, canonical_url: null, noindex: false, social_image_url: null, image_alts: {} },
      },
    ])
  })

  it("changes only the columns the file has, and finds an item by handle", () => {
    const { rows, errors } = readSeoCsv("entity_type;handle;meta_title\r\ncollection;ete;Été 2026\r\n")
    expect(errors).toEqual([])
    expect(rows).toEqual([{ line: 2, entity_type: "collection", entity_id: null, handle: "ete", fields: { meta_title: "Été 2026" } }])
  })

  it("reports every wrong line, with its number and reason", () => {
    const csv = [
      SEO_CSV_COLUMNS.join(";"),
      `product;prod_1;;;${"x".repeat(121)};;;;non;;`,
      "brand;b_1;;;;;;;non;;",
      "product;prod_2;;;;;;ftp://x;peut-être;;{oops",
      "product;;;;Titre;;;;non;;",
    ].join("\n")
    const { rows, errors } = readSeoCsv(csv)
    expect(rows).toEqual([])
    expect(errors.map((error) => error.line)).toEqual([2, 3, 4, 5])
    expect(errors[0]!.message).toMatch(/meta_title.*120/)
    expect(errors[1]!.message).toMatch(/entity_type/)
    expect(errors[2]!.message).toMatch(/canonical_url/)
    expect(errors[2]!.message).toMatch(/noindex/)
    expect(errors[2]!.message).toMatch(/image_alts/)
    expect(errors[3]!.message).toMatch(/entity_id/)
  })

  it("refuses a file whose header it does not know", () => {
    expect(readSeoCsv("type;id\nproduct;p").errors).toEqual([
      { line: 1, message: 'unknown column "type"; unknown column "id"; the entity_type column is missing; an entity_id or handle column is needed' },
    ])
    expect(readSeoCsv("").errors).toEqual([{ line: 1, message: "the file is empty" }])
  })
})

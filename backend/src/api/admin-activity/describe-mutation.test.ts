import { describe, expect, it } from "vitest"
import { describeMutation } from "./describe-mutation"

describe("describeMutation", () => {
  it("ignores reads, the journal itself and non-admin routes", () => {
    expect(describeMutation("GET", "/admin/products/prod_1", { product: { id: "prod_1" } })).toBeNull()
    expect(describeMutation("POST", "/admin/activity/export", {})).toBeNull()
    expect(describeMutation("POST", "/admin/statistiques/overview", {})).toBeNull()
    expect(describeMutation("POST", "/store/carts", {})).toBeNull()
    expect(describeMutation("POST", "/auth/user/emailpass", {})).toBeNull()
  })

  it("labels a product update from the answer", () => {
    expect(describeMutation("POST", "/admin/products/prod_1", { product: { id: "prod_1", title: "Tote bag" } })).toMatchObject({
      action: "updated",
      entity_type: "product",
      entity_id: "prod_1",
      entity_label: "Tote bag",
      summary: "Produit modifié : « Tote bag »",
      labelLookup: null,
    })
  })

  it("takes a created entity's id from the answer", () => {
    expect(describeMutation("POST", "/admin/promotions", { promotion: { id: "promo_9", code: "RENTREE10" } })).toMatchObject({
      action: "created",
      entity_type: "promotion",
      entity_id: "promo_9",
      entity_label: "RENTREE10",
      summary: "Promotion créée : « RENTREE10 »",
    })
  })

  it("prefers a static route over a parameter (products/batch is not product « batch »)", () => {
    expect(describeMutation("POST", "/admin/products/batch", {})).toMatchObject({ entity_type: "product", entity_id: null, summary: "Produits modifiés en lot" })
  })

  it("names a variant by its product and its own title", () => {
    const answer = { product: { id: "prod_1", title: "Tote bag", variants: [{ id: "variant_2", title: "Rouge" }] } }
    expect(describeMutation("POST", "/admin/products/prod_1/variants/variant_2", answer)).toMatchObject({
      entity_type: "product_variant",
      entity_id: "variant_2",
      entity_label: "Tote bag – Rouge",
    })
  })

  it("asks for a lookup when a deletion answers no label", () => {
    const description = describeMutation("DELETE", "/admin/collections/pcol_1", { id: "pcol_1", object: "collection", deleted: true })
    expect(description).toMatchObject({ action: "deleted", entity_type: "collection", entity_id: "pcol_1", entity_label: null, summary: "Collection supprimée" })
    expect(description?.labelLookup).toMatchObject({ entity: "product_collection", fields: ["title"], id: "pcol_1" })
  })

  it("maps the order steps to their verbs", () => {
    expect(describeMutation("POST", "/admin/orders/order_1/cancel", { order: { id: "order_1", display_id: 12 } })).toMatchObject({
      action: "canceled",
      entity_label: "n° 12",
    })
    expect(describeMutation("POST", "/admin/orders/order_1/fulfillments", {})).toMatchObject({ action: "fulfilled", entity_id: "order_1" })
    expect(describeMutation("POST", "/admin/orders/order_1/fulfillments/ful_1/shipments", {})).toMatchObject({ action: "shipped", entity_id: "order_1" })
    const capture = describeMutation("POST", "/admin/payments/pay_1/capture", { payment: { id: "pay_1", amount: 49.9, currency_code: "eur" } })
    expect(capture).toMatchObject({ action: "captured", entity_type: "payment", entity_id: "pay_1" })
    expect(capture?.entity_label?.replace(/\s/g, " ")).toBe("49,90 €")
    expect(describeMutation("POST", "/admin/payments/pay_1/refund", {})).toMatchObject({ action: "refunded" })
  })

  it("labels SEO fields by the item they describe", () => {
    const description = describeMutation("POST", "/admin/seo/product/prod_1", { seo: { id: "seo_1" } })
    expect(description).toMatchObject({ entity_type: "seo", entity_id: "prod_1", summary: "Référencement (SEO) modifié" })
    expect(description?.labelLookup).toMatchObject({ entity: "product", id: "prod_1" })
  })

  it("still logs a route no rule names, from its path", () => {
    expect(describeMutation("POST", "/admin/customer-groups/cusgroup_1", { customer_group: { id: "cusgroup_1", name: "VIP" } })).toMatchObject({
      action: "updated",
      entity_type: "customer_group",
      entity_id: "cusgroup_1",
      entity_label: "VIP",
      summary: "Élément modifié : « VIP »",
    })
    expect(describeMutation("POST", "/admin/regions", { region: { id: "reg_1", name: "France" } })).toMatchObject({ action: "created", entity_type: "region", entity_id: "reg_1" })
    expect(describeMutation("DELETE", "/admin/regions/reg_1/", {})).toMatchObject({ action: "deleted", entity_id: "reg_1" })
    expect(describeMutation("POST", "/admin/seo-audits", { seo_audit: { id: "seoa_1" } })).toMatchObject({ action: "other", summary: "Audit SEO lancé" })
  })

  it("names Comptoir's own admin routes", () => {
    expect(describeMutation("POST", "/admin/seo/import", { imported: 3 })).toMatchObject({ entity_type: "seo", entity_id: null, summary: "Champs SEO importés (CSV)" })
    expect(describeMutation("POST", "/admin/donnees-personnelles/clients/cus_1/effacer", { id: "cus_1", erased: true })).toMatchObject({
      action: "deleted",
      entity_type: "customer",
      entity_id: "cus_1",
      entity_label: null,
      labelLookup: null,
    })
    expect(describeMutation("DELETE", "/admin/rapport/liens/rsh_1", {})).toMatchObject({ entity_type: "report_share", action: "deleted", entity_id: "rsh_1" })
  })
})

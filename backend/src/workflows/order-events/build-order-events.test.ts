import { orderCanceledSchema, orderPlacedSchema, orderRefundedSchema } from "@comptoir/analytics"
import { describe, expect, it } from "vitest"
import { serverEventUuid, visitIds } from "./attribution"
import { type OrderSnapshot, orderCanceledEvent, orderPlacedEvent, orderRefundedEvents } from "./build-order-events"

const order: OrderSnapshot = {
  id: "order_01",
  display_id: 7,
  currency_code: "eur",
  customer_id: "cus_01",
  created_at: "2026-11-23T10:00:00.000Z",
  metadata: { comptoir_distinct_id: "visitor-1" },
  total: { valueOf: () => 31.72 },
  subtotal: 29.8,
  discount_total: 2.98,
  shipping_total: 4.9,
  tax_total: "5.29",
  items: [
    {
      product_id: "prod_1",
      variant_id: "variant_1",
      title: "Bleu",
      product_title: "Tasse émaillée bleue",
      quantity: 2,
      unit_price: 14.9,
      total: 26.82,
      adjustments: [
        { promotion_id: "promo_1", code: "BIENVENUE10", amount: 1.49 },
        { promotion_id: "promo_1", code: "BIENVENUE10", amount: 1.49 },
      ],
    },
  ],
  shipping_methods: [{ adjustments: [{ promotion_id: "promo_2", code: null, amount: 4.9 }] }],
  promotions: [
    { id: "promo_1", code: "BIENVENUE10" },
    { id: "promo_2", code: "LIVRAISON" },
  ],
  cart: { id: "cart_01", metadata: { comptoir_distinct_id: "ignored", comptoir_session_id: "session-1" } },
}

describe("order_placed", () => {
  it("follows the event contract, with amounts as numbers and the visit's ids", () => {
    const event = orderPlacedEvent(order)
    expect(orderPlacedSchema.safeParse(event.properties).success).toBe(true)
    expect(event).toMatchObject({
      event: "order_placed",
      distinct_id: "visitor-1",
      session_id: "session-1",
      timestamp: "2026-11-23T10:00:00.000Z",
      properties: { order_id: "order_01", cart_id: "cart_01", total: 31.72, tax_total: 5.29, discount_total: 2.98 },
    })
    expect(event.properties.items).toEqual([
      { product_id: "prod_1", variant_id: "variant_1", title: "Tasse émaillée bleue", quantity: 2, unit_price: 14.9, total: 26.82 },
    ])
  })

  it("sums the discount of each promotion over items and shipping", () => {
    expect(orderPlacedEvent(order).properties.promotions).toEqual([
      { promotion_id: "promo_1", code: "BIENVENUE10", amount: 2.98 },
      { promotion_id: "promo_2", code: "LIVRAISON", amount: 4.9 },
    ])
  })

  it("has the same uuid every time for the same order", () => {
    expect(orderPlacedEvent(order).uuid).toBe(orderPlacedEvent({ ...order }).uuid)
    expect(orderPlacedEvent(order).uuid).not.toBe(orderPlacedEvent({ ...order, id: "order_02" }).uuid)
  })
})

describe("order_canceled and order_refunded", () => {
  it("follow the event contract", () => {
    expect(orderCanceledSchema.safeParse(orderCanceledEvent(order).properties).success).toBe(true)
    const refunds = orderRefundedEvents({
      id: "pay_1",
      currency_code: "eur",
      refunds: [
        { id: "ref_1", amount: 5, note: "tasse ébréchée", created_at: "2026-11-24T09:00:00.000Z" },
        { id: "ref_2", amount: 2, refund_reason: { label: "Geste commercial" } },
      ],
      payment_collection: { order },
    })
    expect(refunds.map((refund) => refund.properties)).toEqual([
      { order_id: "order_01", amount: 5, currency: "eur", reason: "tasse ébréchée", refund_id: "ref_1", payment_id: "pay_1" },
      { order_id: "order_01", amount: 2, currency: "eur", reason: "Geste commercial", refund_id: "ref_2", payment_id: "pay_1" },
    ])
    for (const refund of refunds) expect(orderRefundedSchema.safeParse(refund.properties).success).toBe(true)
    expect(new Set(refunds.map((refund) => refund.uuid)).size).toBe(2)
  })

  it("gives no refund event for a payment outside any order", () => {
    expect(orderRefundedEvents({ id: "pay_1", currency_code: "eur", refunds: [{ id: "ref_1", amount: 1 }] })).toEqual([])
  })
})

describe("attribution", () => {
  it("reads the order's metadata first, then the cart's, and ignores blank or non-text ids", () => {
    expect(visitIds({ comptoir_distinct_id: " " }, { comptoir_distinct_id: "d", comptoir_session_id: 42 })).toEqual({
      distinct_id: "d",
      session_id: null,
    })
  })

  it("makes RFC 9562 version 8 uuids", () => {
    expect(serverEventUuid("order_placed", "order_01")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

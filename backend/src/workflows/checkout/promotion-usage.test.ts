import { describe, expect, it } from "vitest"
import { PROMOTION_USAGE_RETURNED_KEY, usageToReturn } from "./promotion-usage"

const order = {
  id: "order_1",
  email: "camille@example.fr",
  customer_id: "cus_1",
  metadata: { comptoir_distinct_id: "visitor" },
  items: [{ adjustments: [{ code: "TROISFOIS", amount: 1.5 }, { code: null, amount: 2 }] }, { adjustments: [{ code: "TROISFOIS", amount: "0.5" }] }],
  shipping_methods: [{ adjustments: [{ code: "LIVRAISON", amount: 4.9 }] }],
}

describe("usageToReturn", () => {
  it("rebuilds the uses from the order's item and shipping adjustments, as the checkout counted them", () => {
    expect(usageToReturn(order)).toEqual({
      computedActions: [
        { code: "TROISFOIS", amount: 1.5 },
        { code: "TROISFOIS", amount: 0.5 },
        { code: "LIVRAISON", amount: 4.9 },
      ],
      registrationContext: { customer_id: "cus_1", customer_email: "camille@example.fr" },
    })
  })

  it("gives nothing back twice, nor for an order without promotion", () => {
    expect(usageToReturn({ ...order, metadata: { [PROMOTION_USAGE_RETURNED_KEY]: "2026-11-29T10:00:00.000Z" } })).toBeNull()
    expect(usageToReturn({ id: "order_2", items: [{ adjustments: [] }], shipping_methods: null })).toBeNull()
  })
})

import { describe, expect, it } from "vitest"
import { checkoutLockKeys } from "./checkout-lock"

describe("checkoutLockKeys", () => {
  it("locks the cart, each inventory item once, the promotions and their campaigns, in a stable order", () => {
    const keys = checkoutLockKeys({
      id: "cart_1",
      items: [
        { variant: { inventory_items: [{ inventory_item_id: "iitem_b" }] } },
        { variant: { inventory_items: [{ inventory_item_id: "iitem_a" }, { inventory_item_id: "iitem_b" }] } },
        { variant: null },
      ],
      promotions: [{ id: "promo_1", campaign_id: "camp_1" }, { id: "promo_2", campaign_id: null }],
    })
    expect(keys).toEqual([
      "comptoir:checkout:campaign:camp_1",
      "comptoir:checkout:cart:cart_1",
      "comptoir:checkout:inventory:iitem_a",
      "comptoir:checkout:inventory:iitem_b",
      "comptoir:checkout:promotion:promo_1",
      "comptoir:checkout:promotion:promo_2",
    ])
  })

  it("locks at least the cart itself", () => {
    expect(checkoutLockKeys({ id: "cart_2" })).toEqual(["comptoir:checkout:cart:cart_2"])
  })
})

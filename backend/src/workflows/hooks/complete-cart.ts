import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartStockSuffices } from "../checkout/assert-cart-stock"

// Before Medusa creates the order: the whole cart against the stock (checkout/stock-shortfalls.ts).
// The checkout lock (api/store/carts/checkout-lock.ts) keeps what this reads true until the
// reservation is made.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartStockSuffices(container, (cart as { id: string }).id)
})

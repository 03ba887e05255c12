import { starterShop } from "../starter-shop"
import type { ProductInput } from "./variants"

/**
 * The demo catalogue contains the starter shop's products unchanged (same handle, SKUs, prices
 * and stock), so seeding the demo over a shop created by the first `npm start` completes it
 * instead of leaving the starter's products as strangers.
 */
export function starterProduct(handle: string): ProductInput {
  const product = starterShop.products.find((candidate) => candidate.handle === handle)
  if (!product) throw new Error(`the starter shop has no product ${handle}`)
  return structuredClone(product)
}

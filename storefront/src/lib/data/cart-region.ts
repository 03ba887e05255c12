import "server-only";

import { getCart, storeRequest } from "./cart";

/** Moves the visitor's open cart to `regionId`; Medusa re-prices its lines in that currency. */
export async function moveCartToRegion(regionId: string): Promise<void> {
  const cart = await getCart();
  if (!cart || cart.regionId === regionId) return;
  await storeRequest<unknown>(`/store/carts/${cart.id}`, { method: "POST", body: { region_id: regionId }, query: { fields: "id" } });
}

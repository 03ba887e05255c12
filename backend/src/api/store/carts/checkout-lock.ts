import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Checkouts that draw on the same stock or the same promotion run one after the other.
 *
 * Medusa checks each cart line against the stock on its own, so two lines of different variants
 * sharing one inventory item can together reserve more than is stocked (seen in
 * integration-tests/http/concurrency-stock.spec.ts). The cart completion workflow's `validate`
 * hook (workflows/hooks/complete-cart.ts) counts the whole cart; this lock keeps what the hook
 * read true until the reservation is made, where Medusa's own lock covers the reservation step only.
 *
 * The lock lives in Medusa's locking module: in memory by default, which holds for one backend
 * process only (the supported set-up); with REDIS_URL it is Redis's, shared by every process.
 */

/**
 * How long a checkout waits for those ahead of it on the same stock or promotion. Those refused
 * for stock go fast (the validate hook), but 50 at once on a loaded 2-core server took ~50 s.
 */
export const CHECKOUT_LOCK_WAIT_SECONDS = 90
/** How long a lock outlives a crashed holder (Redis renews it while the checkout runs). */
export const CHECKOUT_LOCK_LEASE_SECONDS = 120

type Nullable<T> = T | null | undefined
export type CartLockScope = {
  id: string
  items?: Nullable<Nullable<{ variant?: Nullable<{ inventory_items?: Nullable<Nullable<{ inventory_item_id: string }>[]> }> }>[]>
  promotions?: Nullable<Nullable<{ id: string; campaign_id?: Nullable<string> }>[]>
}

export const CART_LOCK_FIELDS = ["id", "items.variant.inventory_items.inventory_item_id", "promotions.id", "promotions.campaign_id"]

/** The cart, every inventory item it draws on, its promotions and their campaigns; sorted, so two checkouts never wait on each other crosswise. */
export function checkoutLockKeys(cart: CartLockScope): string[] {
  const keys = new Set([`comptoir:checkout:cart:${cart.id}`])
  for (const item of cart.items ?? []) {
    for (const link of item?.variant?.inventory_items ?? []) {
      if (link) keys.add(`comptoir:checkout:inventory:${link.inventory_item_id}`)
    }
  }
  for (const promotion of cart.promotions ?? []) {
    if (!promotion) continue
    keys.add(`comptoir:checkout:promotion:${promotion.id}`)
    if (promotion.campaign_id) keys.add(`comptoir:checkout:campaign:${promotion.campaign_id}`)
  }
  return [...keys].sort()
}

/** Holds the cart's locks from before Medusa's route runs until its answer is sent. */
export async function serializeCartCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  let cart: CartLockScope | undefined
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: CART_LOCK_FIELDS, filters: { id: req.params.id } })
    cart = data[0] as CartLockScope | undefined
  } catch (error) {
    return next(error)
  }
  // An unknown cart: Medusa's route gives its own 404.
  if (!cart) return next()

  let entered = false
  try {
    const locking = req.scope.resolve(Modules.LOCKING)
    await locking.execute(
      checkoutLockKeys(cart),
      () =>
        new Promise<void>((release) => {
          entered = true
          releaseWhenAnswered(res, release)
          next()
        }),
      { timeout: CHECKOUT_LOCK_WAIT_SECONDS, expire: CHECKOUT_LOCK_LEASE_SECONDS }
    )
  } catch (error) {
    if (entered) return
    // Waited too long behind other checkouts, or the lock store is unreachable: a retry may pass.
    next(
      new MedusaError(
        MedusaError.Types.CONFLICT,
        `Too many checkouts of the same items at once, please try again (${error instanceof Error ? error.message : String(error)})`
      )
    )
  }
}

/**
 * Releases once the route has written its answer. Not on the socket's "close": a visitor who
 * gives up closes it while the checkout still runs (the lock would be freed too early), and a
 * "close" that came before this point would never come again (the lock would stay taken).
 * The lease bounds a route that never answers.
 */
function releaseWhenAnswered(res: MedusaResponse, release: () => void): void {
  const lease = setTimeout(release, CHECKOUT_LOCK_LEASE_SECONDS * 1000)
  lease.unref()
  const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
  res.end = ((...args: unknown[]) => {
    clearTimeout(lease)
    const result = end(...args)
    release()
    return result
  }) as MedusaResponse["end"]
}

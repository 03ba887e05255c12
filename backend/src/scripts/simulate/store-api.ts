import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { OrderInput } from "./place-order"

/** Medusa's test payment provider, the one the storefront's checkout uses. */
const PAYMENT_PROVIDER = "pp_system_default"
/** A request the backend has not answered in this time counts as an error (the class sees it in the minute's line). */
const REQUEST_TIMEOUT_MS = 30_000

export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

type Json = Record<string, unknown>

/**
 * The backend's Store API as the storefront calls it: JSON over HTTP with the shop's publishable
 * key. Live simulated orders go through it, so they meet every middleware a real checkout
 * meets (the checkout lock, validation, the stock and promotion checks).
 */
export class StoreApi {
  private shippingOptionIds: Promise<string[]> | null = null

  constructor(
    private readonly backendUrl: string,
    private readonly publishableKey: string
  ) {}

  async request<T extends Json>(method: "GET" | "POST", path: string, body?: Json): Promise<T> {
    const response = await fetch(new URL(path, this.backendUrl), {
      method,
      headers: {
        "x-publishable-api-key": this.publishableKey,
        accept: "application/json",
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const text = await response.text()
    const json = (text ? JSON.parse(text) : {}) as Json
    if (!response.ok) throw new StoreApiError(response.status, `${method} ${path}: ${response.status} ${String(json.message ?? text).slice(0, 200)}`)
    return json as T
  }

  /** A cart with the visit's lines, buyer and attribution; the code is dropped if Medusa refuses it. */
  async createCart(input: Omit<OrderInput, "chooseShipping">, regionId: string): Promise<{ cartId: string; promoApplied: boolean }> {
    const cartBody = (promoCode: string | null): Json => ({
      region_id: regionId,
      email: input.email,
      shipping_address: input.address,
      billing_address: input.address,
      items: input.lines.map((line) => ({ variant_id: line.variantId, quantity: line.quantity })),
      ...(promoCode ? { promo_codes: [promoCode] } : {}),
      metadata: {
        [CART_ATTRIBUTION_KEYS.distinctId]: input.visit.distinctId,
        [CART_ATTRIBUTION_KEYS.sessionId]: input.visit.sessionId,
      },
    })
    type CartAnswer = { cart: { id: string; promotions?: { code?: string | null }[] } }
    let answer: CartAnswer
    try {
      answer = await this.request<CartAnswer>("POST", "/store/carts", cartBody(input.promoCode))
    } catch (error) {
      if (!input.promoCode || !(error instanceof StoreApiError) || error.status >= 500) throw error
      answer = await this.request<CartAnswer>("POST", "/store/carts", cartBody(null))
    }
    const promoApplied = input.promoCode !== null && (answer.cart.promotions ?? []).some((promotion) => promotion.code === input.promoCode)
    return { cartId: answer.cart.id, promoApplied }
  }

  /** Shipping, payment session, completion: what the storefront's checkout does once the cart is filled. */
  async checkout(cartId: string, chooseShipping: (optionIds: string[]) => string): Promise<string> {
    const optionId = chooseShipping(await this.shippingOptions(cartId))
    await this.request("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: optionId })
    const { payment_collection: collection } = await this.request<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", {
      cart_id: cartId,
    })
    await this.request("POST", `/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER })
    const completed = await this.request<{ type: string; order?: { id: string }; error?: { message?: string } }>("POST", `/store/carts/${cartId}/complete`)
    if (completed.type !== "order" || !completed.order) {
      throw new StoreApiError(409, `cart ${cartId} not completed: ${completed.error?.message ?? "unknown reason"}`)
    }
    return completed.order.id
  }

  /** The flat-rate options of the shop's region, read once: every simulated cart ships there. */
  private shippingOptions(cartId: string): Promise<string[]> {
    this.shippingOptionIds ??= this.request<{ shipping_options: { id: string; price_type?: string }[] }>(
      "GET",
      `/store/shipping-options?cart_id=${encodeURIComponent(cartId)}`
    ).then(({ shipping_options: options }) => {
      const ids = options.filter((option) => option.price_type !== "calculated").map((option) => option.id)
      if (ids.length === 0) throw new Error("the shop has no shipping option for its default region")
      return ids.sort()
    })
    // A failed first read is retried by the next order rather than remembered.
    this.shippingOptionIds.catch(() => (this.shippingOptionIds = null))
    return this.shippingOptionIds
  }
}

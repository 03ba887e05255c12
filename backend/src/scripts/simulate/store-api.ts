import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { OrderInput, ShippingChoice } from "./place-order"

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
  private shippingChoices: Promise<ShippingChoice[]> | null = null

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

  /** A cart with the visit's lines, buyer and attribution (the promotion code comes after shipping: enterPromoCode). */
  async createCart(input: Omit<OrderInput, "chooseShipping" | "promoCode">, regionId: string): Promise<string> {
    const { cart } = await this.request<{ cart: { id: string } }>("POST", "/store/carts", {
      region_id: regionId,
      email: input.email,
      shipping_address: input.address,
      billing_address: input.address,
      items: input.lines.map((line) => ({ variant_id: line.variantId, quantity: line.quantity })),
      metadata: {
        [CART_ATTRIBUTION_KEYS.distinctId]: input.visit.distinctId,
        [CART_ATTRIBUTION_KEYS.sessionId]: input.visit.sessionId,
      },
    })
    return cart.id
  }

  /** The checkout's delivery step: the buyer's pick among the region's options added to the cart. */
  async addShippingMethod(cartId: string, chooseShipping: OrderInput["chooseShipping"]): Promise<void> {
    const optionId = chooseShipping(await this.shippingOptions(cartId))
    await this.request("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: optionId })
  }

  /**
   * The code typed once shipping is chosen (Medusa drops a free-shipping code entered before the
   * cart has a shipping method). True when the cart keeps it; a code Medusa refuses (4xx) is
   * not kept and the checkout goes on without it, as a buyer would.
   */
  async enterPromoCode(cartId: string, code: string): Promise<boolean> {
    type CartAnswer = { cart: { promotions?: ({ code?: string | null } | null)[] | null } }
    try {
      const { cart } = await this.request<CartAnswer>("POST", `/store/carts/${cartId}/promotions`, { promo_codes: [code] })
      return (cart.promotions ?? []).some((promotion) => promotion?.code === code)
    } catch (error) {
      if (error instanceof StoreApiError && error.status < 500) return false
      throw error
    }
  }

  /** Payment session and completion: what the storefront's checkout does once delivery and code are set. */
  async checkout(cartId: string): Promise<string> {
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
  private shippingOptions(cartId: string): Promise<ShippingChoice[]> {
    this.shippingChoices ??= this.request<{ shipping_options: { id: string; name: string; price_type?: string }[] }>(
      "GET",
      `/store/shipping-options?cart_id=${encodeURIComponent(cartId)}`
    ).then(({ shipping_options: options }) => {
      const choices = options.filter((option) => option.price_type !== "calculated").map(({ id, name }) => ({ id, name }))
      if (choices.length === 0) throw new Error("the shop has no shipping option for its default region")
      return choices
    })
    // A failed first read is retried by the next order rather than remembered.
    this.shippingChoices.catch(() => (this.shippingChoices = null))
    return this.shippingChoices
  }
}

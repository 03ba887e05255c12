import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import type { ShopContext } from "./shop-snapshot"

/** Medusa's test payment provider, the one the storefront's checkout uses. */
const PAYMENT_PROVIDER = "pp_system_default"

export interface OrderInput {
  lines: { variantId: string; quantity: number }[]
  promoCode: string | null
  email: string
  address: { first_name: string; last_name: string; address_1: string; postal_code: string; city: string; country_code: string }
  /** The visit's posthog-js ids, as the storefront stores them on the cart. */
  visit: { distinctId: string; sessionId: string }
  /** More cart metadata (the simulator's key of the planned order, so a re-run finds it). */
  metadata?: Record<string, string>
  /** Picks the shipping option among those the cart may use (deterministic for a visit). */
  chooseShipping: (optionIds: string[]) => string
}

export interface PlacedOrder {
  orderId: string
  cartId: string
  /** False when the promotion code was refused and the order placed without it. */
  promoApplied: boolean
}

/**
 * Places an order with the workflows the Store API routes run (create cart with its items and
 * code, shipping method, payment collection and session, complete), so stock reservations,
 * promotion usage, taxes and totals are Medusa's own.
 */
export class OrderPlacer {
  private shippingOptionIds: string[] | null = null
  /** Seconds spent in each phase, summed over the orders (orders run side by side: more than wall time). */
  readonly timings: Record<string, number> = {}

  constructor(
    private readonly container: MedusaContainer,
    private readonly shop: ShopContext
  ) {}

  async place(input: OrderInput): Promise<PlacedOrder> {
    const cartId = await this.timed("cart", () => this.createCart(input, input.promoCode))
    const promoApplied = input.promoCode ? await this.timed("promotion", () => this.hasPromotion(cartId)) : false
    const optionIds = await this.shippingOptions(cartId)
    const optionId = input.chooseShipping(optionIds)
    await this.timed("shipping", () =>
      addShippingMethodToCartWorkflow(this.container).run({ input: { cart_id: cartId, options: [{ id: optionId }] } })
    )
    const { result: collection } = await this.timed("payment collection", () =>
      createPaymentCollectionForCartWorkflow(this.container).run({ input: { cart_id: cartId } })
    )
    await this.timed("payment session", () =>
      createPaymentSessionsWorkflow(this.container).run({
        input: { payment_collection_id: collection.id, provider_id: PAYMENT_PROVIDER },
      })
    )
    const { result } = await this.timed("complete", () => completeCartWorkflow(this.container).run({ input: { id: cartId } }))
    return { orderId: result.id, cartId, promoApplied }
  }

  private async timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const startedAt = performance.now()
    try {
      return await work()
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + (performance.now() - startedAt) / 1000
    }
  }

  private async createCart(input: OrderInput, promoCode: string | null): Promise<string> {
    const address = { ...input.address }
    const { result } = await createCartWorkflow(this.container).run({
      input: {
        region_id: this.shop.regionId,
        sales_channel_id: this.shop.salesChannelId,
        email: input.email,
        shipping_address: address,
        billing_address: address,
        items: input.lines.map((line) => ({ variant_id: line.variantId, quantity: line.quantity })),
        ...(promoCode ? { promo_codes: [promoCode] } : {}),
        metadata: {
          ...input.metadata,
          [CART_ATTRIBUTION_KEYS.distinctId]: input.visit.distinctId,
          [CART_ATTRIBUTION_KEYS.sessionId]: input.visit.sessionId,
        },
      },
    })
    return result.id
  }

  private async hasPromotion(cartId: string): Promise<boolean> {
    const query = this.container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["promotions.id"], filters: { id: cartId } })
    return (data[0]?.promotions ?? []).length > 0
  }

  /** The cart's shipping options with a flat price, read once: every simulated cart ships to the same region. */
  private async shippingOptions(cartId: string): Promise<string[]> {
    if (this.shippingOptionIds) return this.shippingOptionIds
    const { result } = await listShippingOptionsForCartWorkflow(this.container).run({ input: { cart_id: cartId, is_return: false } })
    const options = (result as { id: string; price_type?: string; name?: string }[]).filter((option) => option.price_type !== "calculated")
    if (options.length === 0) throw new Error("the shop has no shipping option for its default region")
    this.shippingOptionIds = options.map((option) => option.id).sort()
    return this.shippingOptionIds
  }
}

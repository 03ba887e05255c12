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

  constructor(
    private readonly container: MedusaContainer,
    private readonly shop: ShopContext
  ) {}

  async place(input: OrderInput): Promise<PlacedOrder> {
    const cartId = await this.createCart(input, input.promoCode)
    const promoApplied = input.promoCode ? await this.hasPromotion(cartId) : false
    const optionIds = await this.shippingOptions(cartId)
    const optionId = input.chooseShipping(optionIds)
    await addShippingMethodToCartWorkflow(this.container).run({ input: { cart_id: cartId, options: [{ id: optionId }] } })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(this.container).run({ input: { cart_id: cartId } })
    await createPaymentSessionsWorkflow(this.container).run({
      input: { payment_collection_id: collection.id, provider_id: PAYMENT_PROVIDER },
    })
    const { result } = await completeCartWorkflow(this.container).run({ input: { id: cartId } })
    return { orderId: result.id, cartId, promoApplied }
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

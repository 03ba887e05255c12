import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PromotionActions } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  updateCartPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PhaseTimings } from "./phase-timings"
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
  /** Picks the shipping option among those the cart may use (deterministic for a visit); returns its id. */
  chooseShipping: (options: readonly ShippingChoice[]) => string
}

/** A shipping option the buyer may pick: its name is what the choice is keyed on (ids differ between installs). */
export interface ShippingChoice {
  id: string
  name: string
}

export interface PlacedOrder {
  orderId: string
  cartId: string
  /** False when the promotion code was refused and the order placed without it. */
  promoApplied: boolean
}

/**
 * Places an order with the workflows the Store API routes run (create cart with its items,
 * shipping method, promotion code, payment collection and session, complete), so stock
 * reservations, promotion usage, taxes and totals are Medusa's own.
 */
export class OrderPlacer {
  private shippingChoices: ShippingChoice[] | null = null
  readonly phases = new PhaseTimings()

  constructor(
    private readonly container: MedusaContainer,
    private readonly shop: ShopContext
  ) {}

  async place(input: OrderInput): Promise<PlacedOrder> {
    const cartId = await this.timed("cart", () => this.createCart(input))
    const optionId = input.chooseShipping(await this.shippingOptions(cartId))
    await this.timed("shipping", () =>
      addShippingMethodToCartWorkflow(this.container).run({ input: { cart_id: cartId, options: [{ id: optionId }] } })
    )
    // The code is entered once shipping is chosen, as on the storefront's checkout: Medusa keeps
    // only the codes that give an adjustment when they are entered, so a free-shipping code
    // entered before the cart has a shipping method would be dropped. A refused code (unknown,
    // expired) fails here: placeSimulatedOrder then places the order again without it (this cart
    // stays behind, abandoned, as a real buyer's would).
    const code = input.promoCode
    const promoApplied = code ? await this.timed("promotion", () => this.enterPromoCode(cartId, code)) : false
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

  private timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
    return this.phases.time(phase, work)
  }

  private async createCart(input: OrderInput): Promise<string> {
    const address = { ...input.address }
    const { result } = await createCartWorkflow(this.container).run({
      input: {
        region_id: this.shop.regionId,
        sales_channel_id: this.shop.salesChannelId,
        email: input.email,
        shipping_address: address,
        billing_address: address,
        items: input.lines.map((line) => ({ variant_id: line.variantId, quantity: line.quantity })),
        metadata: {
          ...input.metadata,
          [CART_ATTRIBUTION_KEYS.distinctId]: input.visit.distinctId,
          [CART_ATTRIBUTION_KEYS.sessionId]: input.visit.sessionId,
        },
      },
    })
    return result.id
  }

  /** The Store API route's workflow (POST /store/carts/:id/promotions); true when the cart keeps the code. */
  private async enterPromoCode(cartId: string, code: string): Promise<boolean> {
    await updateCartPromotionsWorkflow(this.container).run({ input: { cart_id: cartId, promo_codes: [code], action: PromotionActions.ADD } })
    const query = this.container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["promotions.code"], filters: { id: cartId } })
    return ((data[0]?.promotions ?? []) as ({ code?: string | null } | null)[]).some((promotion) => promotion?.code === code)
  }

  /** The cart's shipping options with a flat price, read once: every simulated cart ships to the same region. */
  private async shippingOptions(cartId: string): Promise<ShippingChoice[]> {
    if (this.shippingChoices) return this.shippingChoices
    const { result } = await listShippingOptionsForCartWorkflow(this.container).run({ input: { cart_id: cartId, is_return: false } })
    const options = (result as { id: string; price_type?: string; name: string }[]).filter((option) => option.price_type !== "calculated")
    if (options.length === 0) throw new Error("the shop has no shipping option for its default region")
    this.shippingChoices = options.map(({ id, name }) => ({ id, name }))
    return this.shippingChoices
  }
}

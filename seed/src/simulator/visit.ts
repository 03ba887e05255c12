import { type Acquisition, acquisitionFor, type ChannelId, type DeviceProfile, deviceFor } from "./acquisition"
import type { SimulatorSettings } from "./defaults"
import type { Random } from "./random"
import { addToCartProbability, promotionLift, type SimProduct, type SimPromotion, type SimVariant } from "./shop"
import type { MarketState } from "./market-state"

/** One thing a visitor does, `atMs` after the visit began. */
export type VisitStep = { atMs: number } & (
  | { kind: "home" }
  | { kind: "category"; handle: string }
  | { kind: "product"; productId: string }
  | { kind: "search"; query: string; resultsCount: number }
  | { kind: "add"; productId: string; variantId: string; quantity: number }
  | { kind: "cart" }
  | { kind: "checkout" }
  | { kind: "step"; step: CheckoutStep; number: number }
  | { kind: "promo"; code: string }
  | { kind: "order" }
)

export const CHECKOUT_STEPS = ["email", "address", "shipping", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export type VisitOutcome = "bounce" | "browse" | "cart_abandoned" | "checkout_abandoned" | "order"

export interface CartLine {
  productId: string
  variantId: string
  quantity: number
  unitPrice: number
}

/** A simulated visit, planned in full before anything is sent. */
export interface VisitPlan {
  visitorId: string
  sessionId: string
  startedAt: Date
  acquisition: Acquisition
  device: DeviceProfile
  steps: VisitStep[]
  cart: CartLine[]
  promoCode: string | null
  outcome: VisitOutcome
}

/** Searches for things the shop does not sell: their "no result" is something to analyse. */
const UNSOLD_SEARCHES = ["vélo", "chaussures de running", "coque iphone", "parfum homme", "lego", "canapé", "jean slim"]

function landingFor(channel: ChannelId, random: Random): "home" | "category" | "product" {
  const table: Record<ChannelId, [number, number, number]> = {
    organic_search: [0.1, 0.15, 0.75],
    paid_search: [0.4, 0, 0.6],
    organic_social: [0.45, 0, 0.55],
    paid_social: [0.45, 0, 0.55],
    email: [0.6, 0.4, 0],
    referral: [0.2, 0.3, 0.5],
    direct: [0.8, 0, 0.2],
  }
  const [home, category] = table[channel]
  const draw = random.next()
  return draw < home ? "home" : draw < home + category ? "category" : "product"
}

function searchStep(state: MarketState, random: Random, settings: SimulatorSettings): { query: string; resultsCount: number } {
  if (random.chance(settings.noResultSearchShare)) return { query: random.pick(UNSOLD_SEARCHES), resultsCount: 0 }
  const product = random.pick(state.shop.products)
  const word = product.title.split(/\s+/).find((part) => part.length > 3) ?? product.title
  const query = word.toLocaleLowerCase("fr-FR")
  return { query, resultsCount: state.searchResults(query) }
}

function chooseVariant(product: SimProduct, random: Random): SimVariant | null {
  const inStock = product.variants.filter((variant) => variant.available === null || variant.available > 0)
  return inStock.length > 0 ? random.pick(inStock) : null
}

/**
 * Plans one visit: landing page from the channel, pages seen, searches, cart, checkout steps and
 * the outcome. Stock is taken from `state` as the order is planned, so no plan oversells.
 */
export function planVisit(input: {
  state: MarketState
  startedAt: Date
  channel: ChannelId
  campaign?: { identifier: string; code: string | null }
  random: Random
  settings: SimulatorSettings
  promotions: readonly SimPromotion[]
}): VisitPlan {
  const { state, random, settings, promotions, channel } = input
  const acquisition = acquisitionFor(channel, random, input.campaign?.identifier.toLowerCase())
  const device = deviceFor(settings.deviceMix as Record<"mobile" | "desktop" | "tablet", number>, random)
  const returning = random.chance(settings.returningShare) && state.visitors.length > 0
  const visitorId = returning ? random.pick(state.visitors) : `sim-${random.hex(20)}`
  if (!returning) state.visitors.push(visitorId)
  const steps: VisitStep[] = []
  const cart: CartLine[] = []
  let atMs = 0
  const advance = () => (atMs += random.int(settings.secondsPerPage[0] ?? 10, settings.secondsPerPage[1] ?? 90) * 1000)

  const viewProduct = (product: SimProduct) => {
    steps.push({ kind: "product", productId: product.id, atMs })
    if (!random.chance(addToCartProbability(product, promotions, settings))) return
    const variant = chooseVariant(product, random)
    if (!variant) return
    const quantity = Math.min(1 + random.weighted([0, 1, 2], (index) => settings.quantityWeights[index] ?? 0), variant.available ?? 99)
    if (quantity <= 0) return
    atMs += 4000
    steps.push({ kind: "add", productId: product.id, variantId: variant.id, quantity, atMs })
    const line = cart.find((existing) => existing.variantId === variant.id)
    if (line) line.quantity += quantity
    else cart.push({ productId: product.id, variantId: variant.id, quantity, unitPrice: variant.price })
  }

  const landing = landingFor(channel, random)
  if (landing === "home") steps.push({ kind: "home", atMs })
  else if (landing === "category" && state.shop.categories.length > 0) {
    steps.push({ kind: "category", handle: random.pick(state.shop.categories).handle, atMs })
  } else viewProduct(channel === "organic_search" ? state.organicLanding(random) : random.pick(state.shop.products))

  let pages = 1
  while (pages < settings.maxPages && random.chance(settings.continueProbability)) {
    pages++
    advance()
    const draw = random.next()
    if (draw < settings.searchShare) {
      steps.push({ kind: "search", ...searchStep(state, random, settings), atMs })
    } else if (draw < settings.searchShare + 0.25 && state.shop.categories.length > 0) {
      steps.push({ kind: "category", handle: random.pick(state.shop.categories).handle, atMs })
    } else {
      viewProduct(state.browsedProduct(steps, random))
    }
  }

  // A line whose stock went in an earlier visit of the day is dropped (the shop would refuse it).
  const lines = cart.filter((line) => state.canTake(line.variantId, line.quantity))
  let outcome: VisitOutcome = pages === 1 && lines.length === 0 ? "bounce" : "browse"
  let promoCode: string | null = null
  if (lines.length > 0) {
    outcome = "cart_abandoned"
    const basket = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
    const reference = state.shop.products.find((product) => product.id === lines[0]?.productId)
    const lift = reference ? Math.sqrt(promotionLift(promotions, reference, settings)) : 1
    if (random.chance(settings.cartViewProbability)) {
      advance()
      steps.push({ kind: "cart", atMs })
      if (random.chance(Math.min(0.95, settings.checkoutStartBase * lift))) {
        outcome = "checkout_abandoned"
        advance()
        steps.push({ kind: "checkout", atMs })
        promoCode = choosePromoCode(promotions, input.campaign?.code ?? null, channel, random, settings)
        let completed = true
        for (const [index, step] of CHECKOUT_STEPS.slice(0, 4).entries()) {
          if (!random.chance(settings.checkoutStepProbability)) {
            completed = false
            break
          }
          atMs += random.int(15, 70) * 1000
          steps.push({ kind: "step", step, number: index + 1, atMs })
          // The code is typed once delivery is chosen: Medusa drops a free-shipping code entered
          // before the cart has a shipping method.
          if (step === "shipping" && promoCode) steps.push({ kind: "promo", code: promoCode, atMs: atMs + 2000 })
        }
        if (completed && basket > 0 && random.chance(Math.min(0.98, settings.orderBase * lift))) {
          atMs += random.int(10, 40) * 1000
          steps.push({ kind: "step", step: "review", number: 5, atMs })
          steps.push({ kind: "order", atMs: atMs + 1500 })
          outcome = "order"
          for (const line of lines) state.take(line.variantId, line.quantity)
        }
      }
    }
  }
  return {
    visitorId,
    sessionId: `${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}`,
    startedAt: input.startedAt,
    acquisition,
    device,
    steps,
    cart: outcome === "order" ? lines : cart,
    promoCode: outcome === "order" ? promoCode : null,
    outcome,
  }
}

function choosePromoCode(
  promotions: readonly SimPromotion[],
  campaignCode: string | null,
  channel: ChannelId,
  random: Random,
  settings: SimulatorSettings
): string | null {
  if (channel === "email" && campaignCode && random.chance(settings.campaignCodeUseShare)) return campaignCode
  const codes = promotions.filter((promotion) => !promotion.automatic && !promotion.campaign)
  if (codes.length === 0 || !random.chance(settings.codeUseShare)) return null
  return random.pick(codes).code
}



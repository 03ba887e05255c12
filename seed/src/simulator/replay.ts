import type { SimulatorSettings } from "./defaults"
import { addDays, dayStart, simulateDay } from "./market"
import { MarketState } from "./market-state"
import { activePromotions, type ShopSnapshot, type SimProduct, type SimPromotion } from "./shop"
import type { CartLine, VisitPlan } from "./visit"

const DAY_MS = 86_400_000

/** What one replay of the period gave, with one of the two compared promotions in the shop. */
export interface ReplayScenario {
  /** Code of the promotion this scenario keeps (the other compared one is left out). */
  code: string
  sessions: number
  /** Visits that ended in a planned order. */
  orders: number
  /** orders / sessions; 0 without a session. */
  conversionRate: number
  /** What the orders' items bring after discounts, TTC, in major units (shipping is not modelled). */
  revenue: number
  /** Discount granted on those items by the automatic promotions and the codes used. */
  discount: number
  /** revenue / orders; null without an order. */
  averageBasket: number | null
  /** Days (at noon) on which this promotion could be used: its campaign, if any, was running. */
  activeDays: number
  sessionsByChannel: Record<string, number>
  ordersByChannel: Record<string, number>
}

export interface PromotionReplay {
  firstDay: string
  lastDay: string
  days: number
  seed: number
  /** Scenario A (first code given), then scenario B. */
  scenarios: [ReplayScenario, ReplayScenario]
}

export interface ReplayInput {
  shop: ShopSnapshot
  settings: SimulatorSettings
  seed: number
  /** First shop-local day replayed ("2026-10-30"). */
  from: string
  days: number
  /** Codes of the two promotions compared: A, then B. */
  promotions: readonly [string, string]
}

/**
 * Replays the same days twice with the same seed — once with promotion A and without B, once
 * with B and without A, every other promotion as in the shop — and sums up each run. Nothing
 * is written anywhere: the class compares two promotions on the same traffic. The arrivals of a
 * day (how many visitors, from which channel, at what time) are drawn before any visit is
 * played, so both runs see exactly the same visitors; only what they do differs.
 */
export function replayPromotions(input: ReplayInput): PromotionReplay {
  const [codeA, codeB] = input.promotions
  if (codeA === codeB) throw new Error(`promotions à comparer : deux codes différents attendus (« ${codeA} » deux fois)`)
  const missing = input.promotions.filter((code) => !input.shop.promotions.some((promotion) => promotion.code === code))
  if (missing.length > 0) {
    const known = input.shop.promotions.map((promotion) => promotion.code).join(", ") || "aucune"
    throw new Error(`promotion inconnue ou inactive : ${missing.join(", ")} (promotions actives de la boutique : ${known})`)
  }
  const scenario = (kept: string, left: string) =>
    replayScenario(input, kept, { ...input.shop, promotions: input.shop.promotions.filter((promotion) => promotion.code !== left) })
  return {
    firstDay: input.from,
    lastDay: addDays(input.from, input.days - 1),
    days: input.days,
    seed: input.seed,
    scenarios: [scenario(codeA, codeB), scenario(codeB, codeA)],
  }
}

function replayScenario(input: ReplayInput, code: string, shop: ShopSnapshot): ReplayScenario {
  // A fresh market per scenario: the stock its orders take must not leak into the other one.
  const state = new MarketState(shop, input.settings)
  const products = new Map(shop.products.map((product) => [product.id, product]))
  const result: ReplayScenario = {
    code,
    sessions: 0,
    orders: 0,
    conversionRate: 0,
    revenue: 0,
    discount: 0,
    averageBasket: null,
    activeDays: 0,
    sessionsByChannel: {},
    ordersByChannel: {},
  }
  for (let offset = 0; offset < input.days; offset++) {
    const day = addDays(input.from, offset)
    const noon = new Date(dayStart(day, input.settings).getTime() + DAY_MS / 2)
    if (activePromotions(shop, noon).some((promotion) => promotion.code === code)) result.activeDays++
    for (const visit of simulateDay({ day, state, settings: input.settings, seed: input.seed })) {
      const channel = visit.acquisition.channel
      result.sessions++
      result.sessionsByChannel[channel] = (result.sessionsByChannel[channel] ?? 0) + 1
      if (visit.outcome !== "order") continue
      result.orders++
      result.ordersByChannel[channel] = (result.ordersByChannel[channel] ?? 0) + 1
      const { subtotal, discount } = orderTotals(visit, shop, products)
      result.revenue += subtotal - discount
      result.discount += discount
    }
  }
  result.revenue = roundCents(result.revenue)
  result.discount = roundCents(result.discount)
  result.conversionRate = result.sessions > 0 ? result.orders / result.sessions : 0
  result.averageBasket = result.orders > 0 ? roundCents(result.revenue / result.orders) : null
  return result
}

/**
 * An order's items and the discount the shop would grant on them: every automatic promotion
 * active when the visit began, plus the code the visitor typed, stacked as Medusa stacks them
 * and never above the items' total. An estimate: a fixed amount is taken once per order and
 * free shipping is left out (the model has no shipping price); the real figures are Medusa's.
 */
export function orderTotals(
  visit: Pick<VisitPlan, "cart" | "promoCode" | "startedAt">,
  shop: ShopSnapshot,
  products: ReadonlyMap<string, SimProduct>
): { subtotal: number; discount: number } {
  const subtotal = visit.cart.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
  const applied = activePromotions(shop, visit.startedAt).filter(
    (promotion) => promotion.automatic || promotion.code === visit.promoCode
  )
  const discount = applied.reduce((sum, promotion) => sum + promotionDiscount(promotion, visit.cart, products), 0)
  return { subtotal, discount: Math.min(subtotal, discount) }
}

function promotionDiscount(promotion: SimPromotion, cart: readonly CartLine[], products: ReadonlyMap<string, SimProduct>): number {
  if (promotion.target === "shipping_methods") return 0
  const eligible = cart
    .filter((line) => {
      if (promotion.target !== "items" || promotion.targetCategoryHandles.length === 0) return true
      const product = products.get(line.productId)
      return product !== undefined && product.categoryHandles.some((handle) => promotion.targetCategoryHandles.includes(handle))
    })
    .reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
  if (eligible <= 0) return 0
  return promotion.discountType === "percentage" ? (eligible * promotion.value) / 100 : Math.min(eligible, promotion.value)
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100
}

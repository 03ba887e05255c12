import { simulator } from "@comptoir/seed"
import { buyerOf } from "./buyers"
import type { KeyedQueue } from "./keyed-queue"
import type { OrderInput, OrderPlacer, PlacedOrder, ShippingChoice } from "./place-order"
import { type ExistingOrder, SIMULATION_METADATA } from "./resume"

/** Where a planned order comes from: stored on its cart and order, so a re-run finds it. */
export interface PlannedOrderIdentity {
  key: string
  seed: number
  day: string
}

export interface PlacementOptions {
  identityOf?: (visit: simulator.VisitPlan) => PlannedOrderIdentity | undefined
  /** Test hook standing in for a kill: no order starts once this many are placed, and the run fails. */
  interruptAfterOrders?: number
}

/** What a run stopped by `interruptAfterOrders` throws. */
export class SimulationInterrupted extends Error {
  constructor(readonly placed: number) {
    super(`simulation interrupted after ${placed} orders`)
  }
}

/**
 * Places the orders of planned visits side by side through the queue, which runs orders on the
 * same variant, promotion code or buyer one after the other in plan order: the outcome (which
 * order gets the last unit, which code is still valid) does not depend on timing.
 */
export async function placePlannedOrders(
  placer: OrderPlacer,
  queue: KeyedQueue,
  visits: readonly simulator.VisitPlan[],
  countryCode: string,
  log: (line: string) => void,
  options: PlacementOptions = {}
): Promise<Map<simulator.VisitPlan, PlacedOrder | null>> {
  const outcomes = new Map<simulator.VisitPlan, PlacedOrder | null>()
  const limit = options.interruptAfterOrders
  let placed = 0
  let interrupted = false
  await Promise.all(
    visits
      .filter((visit) => visit.outcome === "order")
      .map(async (visit) => {
        const order = await queue.run(orderKeys(visit), async () => {
          if (limit !== undefined && placed >= limit) {
            interrupted = true
            return null
          }
          const result = await placeSimulatedOrder(placer, visit, countryCode, log, options.identityOf?.(visit))
          if (result) placed++
          return result
        })
        outcomes.set(visit, order)
      })
  )
  if (interrupted) throw new SimulationInterrupted(placed)
  return outcomes
}

/**
 * Splits a batch's planned orders into those to place and those a killed run already placed
 * (taken as they are, promotion code included or not, as Medusa accepted them).
 */
export function adoptPlacedOrders(visits: readonly simulator.VisitPlan[], placedOrderOf: (visit: simulator.VisitPlan) => ExistingOrder | undefined) {
  const toPlace: simulator.VisitPlan[] = []
  const found = new Map<simulator.VisitPlan, PlacedOrder>()
  for (const visit of visits) {
    if (visit.outcome !== "order") continue
    const order = placedOrderOf(visit)
    if (!order) {
      toPlace.push(visit)
      continue
    }
    if (visit.promoCode && order.promoCode === null) dropPromoCode(visit)
    found.set(visit, order)
  }
  return { toPlace, found }
}

/** The visit as the order was placed: without its promotion code when Medusa refused it. */
export function dropPromoCode(visit: simulator.VisitPlan): void {
  visit.promoCode = null
  visit.steps = visit.steps.filter((step) => step.kind !== "promo")
}

function identityMetadata(identity: PlannedOrderIdentity | undefined, promoCode: string | null): Record<string, string> {
  if (!identity) return {}
  return {
    [SIMULATION_METADATA.key]: identity.key,
    [SIMULATION_METADATA.seed]: String(identity.seed),
    [SIMULATION_METADATA.day]: identity.day,
    ...(promoCode ? { [SIMULATION_METADATA.promoCode]: promoCode } : {}),
  }
}

/** What an order must not share with one running beside it: its stock, its promotion code, its buyer (Medusa creates the guest customer). */
export function orderKeys(visit: Pick<simulator.VisitPlan, "cart" | "promoCode" | "visitorId">): string[] {
  return [
    ...visit.cart.map((line) => `variant:${line.variantId}`),
    ...(visit.promoCode ? [`promotion:${visit.promoCode}`] : []),
    `buyer:${visit.visitorId}`,
  ]
}

/**
 * The visit's buyer's pick among the shipping options, drawn from its session. The options are
 * ranked by name, not by Medusa's ids, which differ from one install to the next: the same seed
 * then ships (and bills) the same way on every database.
 */
export function shippingChooser(sessionId: string): OrderInput["chooseShipping"] {
  const random = simulator.Random.derive("shipping", sessionId)
  const byName = (a: ShippingChoice, b: ShippingChoice) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return (options) => random.pick([...options].sort(byName)).id
}

/** What a planned visit orders, as any placement path receives it (buyer, basket, code, attribution). */
export function orderInputOf(visit: simulator.VisitPlan, countryCode: string, identity?: PlannedOrderIdentity): OrderInput {
  return {
    lines: visit.cart.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    promoCode: visit.promoCode,
    ...buyerOf(visit.visitorId, countryCode),
    visit: { distinctId: visit.visitorId, sessionId: visit.sessionId },
    chooseShipping: shippingChooser(visit.sessionId),
    metadata: identityMetadata(identity, visit.promoCode),
  }
}

/** The metadata of an order whose promotion code was refused (the code is not noted). */
export function withoutPromoCode(input: OrderInput, identity?: PlannedOrderIdentity): OrderInput {
  return { ...input, promoCode: null, metadata: identityMetadata(identity, null) }
}

/** Places a visit's order; a refused promotion code is dropped and the order tried again without it. */
export async function placeSimulatedOrder(
  placer: OrderPlacer,
  visit: simulator.VisitPlan,
  countryCode: string,
  log: (line: string) => void,
  identity?: PlannedOrderIdentity
) {
  const input = orderInputOf(visit, countryCode, identity)
  try {
    return await placer.place(input)
  } catch (error) {
    if (!visit.promoCode) {
      log(`commande refusée par Medusa : ${error instanceof Error ? error.message : String(error)}`)
      return null
    }
    try {
      dropPromoCode(visit)
      return await placer.place(withoutPromoCode(input, identity))
    } catch (retryError) {
      log(`commande refusée par Medusa : ${retryError instanceof Error ? retryError.message : String(retryError)}`)
      return null
    }
  }
}

import { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_STORE_MODULE } from "../../modules/event-store"
import type EventStoreModuleService from "../../modules/event-store/service"
import { backdateOrders, type PlacedAt, recordSimulatedOrderEvents } from "./backdate"
import { buyerOf } from "./buyers"
import { EventWriter } from "./event-writer"
import { OrderPlacer } from "./place-order"
import { readShopContext, readShopSnapshot } from "./shop-snapshot"
import { visitEvents } from "./visit-events"

export interface HistoryOptions {
  days: number
  visitorsPerDay: number
  seed: number
  /** Origin of the storefront the simulated pages belong to. */
  storefront: string
  /** The history ends the day before this instant (shop-local days). */
  now: Date
  log: (line: string) => void
  /** Orders placed side by side. @default 4 */
  orderConcurrency?: number
}

export interface HistoryReport {
  firstDay: string | null
  lastDay: string | null
  days: number
  skippedDays: number
  sessions: number
  events: number
  orders: number
  failedOrders: number
  /** Wall time spent placing orders through Medusa's workflows (the rest: planning and events). */
  orderSeconds: number
  ordersByChannel: Record<string, number>
  sessionsByChannel: Record<string, number>
  seconds: number
}

/** The last shop-local day that already has simulated events, if any. */
async function lastSimulatedDay(container: MedusaContainer, settings: simulator.SimulatorSettings): Promise<string | null> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(`SELECT max("timestamp") AS last FROM captured_event WHERE is_simulated = true AND lib = 'web'`)
  const last = rows[0]?.last as Date | string | null | undefined
  return last ? simulator.dayOf(new Date(last), settings) : null
}

/**
 * `npm run simulate -- --days N`: the N shop-local days before today, visit by visit. Days
 * already simulated are skipped (the history is appended after its last simulated day), so
 * running the same command twice adds nothing, and running it the next day adds one day.
 */
export async function simulateHistory(container: MedusaContainer, options: HistoryOptions): Promise<HistoryReport> {
  const startedAt = Date.now()
  const settings = simulator.simulatorSettings({ visitorsPerDay: options.visitorsPerDay })
  const today = simulator.dayOf(options.now, settings)
  const windowStart = simulator.addDays(today, -options.days)
  const lastDay = simulator.addDays(today, -1)
  const already = await lastSimulatedDay(container, settings)
  const firstDay = already && already >= windowStart ? simulator.addDays(already, 1) : windowStart
  const report: HistoryReport = {
    firstDay: null,
    lastDay: null,
    days: 0,
    skippedDays: 0,
    sessions: 0,
    events: 0,
    orders: 0,
    failedOrders: 0,
    orderSeconds: 0,
    ordersByChannel: {},
    sessionsByChannel: {},
    seconds: 0,
  }
  if (firstDay > lastDay) {
    report.skippedDays = options.days
    report.seconds = (Date.now() - startedAt) / 1000
    return report
  }
  report.skippedDays = Math.round((Date.parse(firstDay) - Date.parse(windowStart)) / 86_400_000)

  const shop = await readShopContext(container)
  const snapshot = await readShopSnapshot(container, shop)
  if (snapshot.products.length === 0) throw new Error("the shop has no published product with a price: run `npm run seed` first")
  const state = new simulator.MarketState(snapshot, settings)
  const context = {
    storefront: options.storefront,
    products: new Map(state.shop.products.map((product) => [product.id, product])),
    categories: new Map(state.shop.categories.map((category) => [category.handle, category])),
    currency: shop.currencyCode,
  }
  const writer = new EventWriter(container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE))
  const placer = new OrderPlacer(container, shop)
  report.firstDay = firstDay

  for (let day = firstDay; day <= lastDay; day = simulator.addDays(day, 1)) {
    const visits = simulator.simulateDay({ day, state, settings, seed: options.seed })
    const placed: PlacedAt[] = []
    // Orders are placed a few at a time (Medusa's workflows wait on Postgres much of the time);
    // the planner already took their stock, so running them side by side cannot oversell.
    const ordersStartedAt = Date.now()
    const outcomes = await mapConcurrently(visits, options.orderConcurrency ?? 4, async (visit) =>
      visit.outcome === "order" ? await placeSimulatedOrder(placer, visit, shop.countryCode, options.log) : null
    )
    report.orderSeconds += (Date.now() - ordersStartedAt) / 1000
    for (const [index, visit] of visits.entries()) {
      const ids = { cartId: `cart_sim_${visit.sessionId.replace(/-/g, "").slice(0, 20)}`, orderId: null as string | null }
      if (visit.outcome === "order") {
        const order = outcomes[index]
        if (order) {
          ids.cartId = order.cartId
          ids.orderId = order.orderId
          const orderStep = visit.steps.find((step) => step.kind === "order")
          placed.push({ orderId: order.orderId, cartId: order.cartId, at: new Date(visit.startedAt.getTime() + (orderStep?.atMs ?? 0)) })
          report.ordersByChannel[visit.acquisition.channel] = (report.ordersByChannel[visit.acquisition.channel] ?? 0) + 1
        } else {
          report.failedOrders++
          for (const line of visit.cart) state.giveBack(line.variantId, line.quantity)
          visit.steps = visit.steps.filter((step) => step.kind !== "order")
        }
      }
      const random = simulator.Random.derive(options.seed, visit.sessionId)
      await writer.add(visitEvents(visit, { ...context, ...ids }, () => random.uuid()))
      report.sessionsByChannel[visit.acquisition.channel] = (report.sessionsByChannel[visit.acquisition.channel] ?? 0) + 1
    }
    await writer.flush()
    await backdateOrders(container, placed)
    report.events += await recordSimulatedOrderEvents(
      container,
      placed.map((entry) => entry.orderId)
    )
    report.sessions += visits.length
    report.orders += placed.length
    report.days++
    report.lastDay = day
    options.log(`${day} : ${visits.length} visites, ${placed.length} commandes`)
  }
  report.events += writer.stored
  report.seconds = (Date.now() - startedAt) / 1000
  return report
}

/** Places a visit's order; a refused promotion code is dropped and the order tried again without it. */
async function placeSimulatedOrder(placer: OrderPlacer, visit: simulator.VisitPlan, countryCode: string, log: (line: string) => void) {
  const random = simulator.Random.derive("shipping", visit.sessionId)
  const input = {
    lines: visit.cart.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    promoCode: visit.promoCode,
    ...buyerOf(visit.visitorId, countryCode),
    visit: { distinctId: visit.visitorId, sessionId: visit.sessionId },
    chooseShipping: (ids: string[]) => random.pick(ids),
  }
  try {
    return await placer.place(input)
  } catch (error) {
    if (!visit.promoCode) {
      log(`commande refusée par Medusa : ${error instanceof Error ? error.message : String(error)}`)
      return null
    }
    try {
      visit.promoCode = null
      visit.steps = visit.steps.filter((step) => step.kind !== "promo")
      return await placer.place({ ...input, promoCode: null })
    } catch (retryError) {
      log(`commande refusée par Medusa : ${retryError instanceof Error ? retryError.message : String(retryError)}`)
      return null
    }
  }
}

/** Runs `work` on every item, at most `limit` at a time, results in the items' order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

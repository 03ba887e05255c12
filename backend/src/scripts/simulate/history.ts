import { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_STORE_MODULE } from "../../modules/event-store"
import type EventStoreModuleService from "../../modules/event-store/service"
import { backdateOrders, type PlacedAt, recordSimulatedOrderEvents } from "./backdate"
import { EventWriter } from "./event-writer"
import { KeyedQueue } from "./keyed-queue"
import { BulkOrderPlacer } from "./bulk-orders"
import { OrderPlacer } from "./place-order"
import { adoptPlacedOrders, type PlannedOrderIdentity, placePlannedOrders } from "./place-planned"
import { clearRunMarker, type HistoryRun, orderKey, placedSimulatedOrders, readRunMarker, restoreRunStock, writeRunMarker } from "./resume"
import { readShopContext, readShopSnapshot } from "./shop-snapshot"
import type { BulkKillHook } from "./undo-unfinished"
import { visitEvents } from "./visit-events"

/** Days planned together, whose orders are then placed side by side: a week holds ~40 orders at 300 visitors/day. */
const DAYS_PER_BATCH = 7
const DEFAULT_ORDER_CONCURRENCY = 4

export interface HistoryOptions {
  days: number
  visitorsPerDay: number
  seed: number
  /** Origin of the storefront the simulated pages belong to. */
  storefront: string
  /** The history ends the day before this instant (shop-local days). */
  now: Date
  log: (line: string) => void
  /** Orders placed side by side. @default DEFAULT_ORDER_CONCURRENCY */
  orderConcurrency?: number
  /** Test hook standing in for a kill: the run fails once this many orders are placed. */
  interruptAfterOrders?: number
  /** Test hook standing in for a SIGKILL inside a bulk week (bulk path only). */
  killBulkWeek?: BulkKillHook
  /**
   * How the orders are placed: `bulk` computes them with Medusa's pricing, tax and promotion
   * modules and writes them a week at a time (bulk-orders.ts); `store-api` runs the Store API's
   * cart workflows order by order (~1 s each). @default "bulk"
   */
  orders?: OrderPath
}

export type OrderPath = "bulk" | "store-api"

export interface HistoryReport {
  firstDay: string | null
  lastDay: string | null
  days: number
  skippedDays: number
  /** The run finished one a kill interrupted (its days, seed and volume, not the ones asked for). */
  resumed: HistoryRun | null
  sessions: number
  events: number
  orders: number
  failedOrders: number
  /** Wall time spent placing orders, in bulk or through the Store API's workflows (the rest: planning and events). */
  orderSeconds: number
  /** Seconds per phase of the orders' placement, summed (workflow path: orders overlap, so more than wall time). */
  orderPhases: Record<string, number>
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
 *
 * A run killed midway is finished by the next one, as if it had never stopped: the run is noted
 * in the store's metadata until it completes, its days are planned again from the same start
 * (the stock its orders took given back), planned orders already placed are found by their key
 * instead of placed again, and events keep their uuid (derived from the seed and the visit).
 */
export async function simulateHistory(container: MedusaContainer, options: HistoryOptions): Promise<HistoryReport> {
  const startedAt = Date.now()
  const interrupted = await readRunMarker(container)
  const settings = simulator.simulatorSettings({ visitorsPerDay: interrupted?.visitorsPerDay ?? options.visitorsPerDay })
  const today = simulator.dayOf(options.now, settings)
  const windowStart = simulator.addDays(today, -options.days)
  const already = interrupted ? null : await lastSimulatedDay(container, settings)
  const run: HistoryRun = interrupted ?? {
    seed: options.seed,
    visitorsPerDay: options.visitorsPerDay,
    firstDay: already && already >= windowStart ? simulator.addDays(already, 1) : windowStart,
    lastDay: simulator.addDays(today, -1),
  }
  const { firstDay, lastDay, seed } = run
  const report: HistoryReport = {
    firstDay: null,
    lastDay: null,
    days: 0,
    skippedDays: 0,
    resumed: interrupted,
    sessions: 0,
    events: 0,
    orders: 0,
    failedOrders: 0,
    orderSeconds: 0,
    orderPhases: {},
    ordersByChannel: {},
    sessionsByChannel: {},
    seconds: 0,
  }
  if (firstDay > lastDay) {
    report.skippedDays = options.days
    report.seconds = (Date.now() - startedAt) / 1000
    return report
  }
  if (!interrupted) report.skippedDays = Math.round((Date.parse(firstDay) - Date.parse(windowStart)) / 86_400_000)

  const shop = await readShopContext(container)
  const snapshot = await readShopSnapshot(container, shop)
  if (snapshot.products.length === 0) throw new Error("the shop has no published product with a price: run `npm run seed` first")
  if (interrupted) await restoreRunStock(container, run, snapshot)
  else await writeRunMarker(container, run)
  const state = new simulator.MarketState(snapshot, settings)
  const context = {
    storefront: options.storefront,
    products: new Map(state.shop.products.map((product) => [product.id, product])),
    categories: new Map(state.shop.categories.map((category) => [category.handle, category])),
    currency: shop.currencyCode,
  }
  const writer = new EventWriter(container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE))
  const placer = new OrderPlacer(container, shop)
  const bulkPlacer = options.orders === "store-api" ? null : new BulkOrderPlacer(container, shop, options.killBulkWeek)
  report.firstDay = firstDay

  const queue = new KeyedQueue(options.orderConcurrency ?? DEFAULT_ORDER_CONCURRENCY)
  for (let batchStart = firstDay; batchStart <= lastDay; batchStart = simulator.addDays(batchStart, DAYS_PER_BATCH)) {
    const days: { day: string; visits: simulator.VisitPlan[] }[] = []
    for (let day = batchStart; day <= lastDay && days.length < DAYS_PER_BATCH; day = simulator.addDays(day, 1)) {
      days.push({ day, visits: simulator.simulateDay({ day, state, settings, seed }) })
    }
    const identities = new Map<simulator.VisitPlan, PlannedOrderIdentity>()
    for (const { day, visits } of days) for (const [index, visit] of visits.entries()) identities.set(visit, { key: orderKey(seed, day, index), seed, day })
    // Orders a killed run already placed are taken as they are, in one query for the batch.
    const { orders: existing, unfinished } = await placedSimulatedOrders(container, seed, batchStart, days[days.length - 1]?.day ?? batchStart)
    if (unfinished.length > 0) {
      options.log(`commandes laissées inachevées par l'interruption, passées à nouveau : ${unfinished.join(", ")} (à annuler dans l'admin)`)
    }
    const { toPlace, found } = adoptPlacedOrders(
      days.flatMap(({ visits }) => visits),
      (visit) => existing.get(identities.get(visit)?.key ?? "")
    )
    // The batch's orders are decided, then placed side by side (Medusa's workflows wait on
    // Postgres much of the time); the queue runs orders on the same variant, promotion code or
    // buyer one after the other in plan order, so the outcome does not depend on timing.
    const ordersStartedAt = Date.now()
    const interruptAfterOrders = options.interruptAfterOrders === undefined ? undefined : Math.max(0, options.interruptAfterOrders - report.orders)
    const outcomes = bulkPlacer
      ? await bulkPlacer.placeBatch(toPlace, (visit) => identities.get(visit), options.log, interruptAfterOrders)
      : await placePlannedOrders(placer, queue, toPlace, shop.countryCode, options.log, {
          identityOf: (visit) => identities.get(visit),
          interruptAfterOrders,
        })
    for (const [visit, order] of found) outcomes.set(visit, order)
    report.orderSeconds += (Date.now() - ordersStartedAt) / 1000
    for (const { day, visits } of days) {
      const placed: PlacedAt[] = []
      for (const visit of visits) {
        const ids = { cartId: `cart_sim_${visit.sessionId.replace(/-/g, "").slice(0, 20)}`, orderId: null as string | null }
        if (visit.outcome === "order") {
          const order = outcomes.get(visit)
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
        const random = simulator.Random.derive(seed, visit.sessionId)
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
  }
  await clearRunMarker(container)
  report.orderPhases = Object.fromEntries(Object.entries(bulkPlacer?.phases.seconds ?? placer.phases.seconds).map(([phase, seconds]) => [phase, Math.round(seconds * 10) / 10]))
  report.events += writer.stored
  report.seconds = (Date.now() - startedAt) / 1000
  return report
}

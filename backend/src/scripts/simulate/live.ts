import { COMPTOIR_PROPERTIES, EVENT_NAMES } from "@comptoir/analytics"
import { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { serverEventUuid } from "../../workflows/order-events/attribution"
import { type LiveCounters, playLiveVisit } from "./live-visit"
import { readShopContext, readShopSnapshot } from "./shop-snapshot"
import { StoreApi } from "./store-api"

/** How long visits in progress may go on once the duration is over. */
const FINISH_GRACE_MS = 60_000

export interface LiveOptions {
  /** Visitors per second. */
  rate: number
  /** Stops by itself after this long; null: until Ctrl-C (the signal). */
  durationMs: number | null
  seed: number
  visitorsPerDay: number
  storefront: string
  backend: string
  publishableKey: string | null
  /** Visits in progress at most; beyond, arrivals are counted as missed (the shop cannot keep up). */
  maxVisitsInFlight?: number
  /** Aborting it (Ctrl-C) stops new arrivals and ends the visits in progress. */
  signal: AbortSignal
  log: (line: string) => void
  /** Longest pause between two pages of a visit (tests shorten it). @default 30 s */
  maxPageMs?: number
  /** How often a summary line is printed. @default 60 s */
  reportEveryMs?: number
}

export type LiveReport = Omit<LiveCounters, "ordersToFlag"> & { missed: number; seconds: number }

/** The shop's publishable key, as the storefront is given it: the first one not revoked. */
async function publishableKeyOf(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "api_key", fields: ["token", "revoked_at", "created_at"], filters: { type: "publishable" } })
  const key = (data as { token: string; revoked_at: Date | null }[]).find((candidate) => !candidate.revoked_at)
  if (!key) throw new Error("the shop has no publishable API key: run `npm run seed` first")
  return key.token
}

/**
 * The `order_placed` events the backend stored for live orders, flagged as simulated like the
 * history's. The backend's subscriber records them a moment after the order: those not stored
 * yet stay in the list for the next pass.
 */
async function flagOrderEvents(container: MedusaContainer, counters: LiveCounters): Promise<void> {
  if (counters.ordersToFlag.length === 0) return
  const byUuid = new Map(counters.ordersToFlag.map((orderId) => [serverEventUuid(EVENT_NAMES.orderPlaced, orderId), orderId]))
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `UPDATE captured_event SET is_simulated = true, properties = properties || ?::jsonb WHERE uuid = ANY(?) RETURNING uuid`,
    [JSON.stringify({ [COMPTOIR_PROPERTIES.simulated]: true }), [...byUuid.keys()]]
  )
  const flagged = new Set((rows as { uuid: string }[]).map((row) => byUuid.get(row.uuid)))
  counters.ordersToFlag = counters.ordersToFlag.filter((orderId) => !flagged.has(orderId))
}

/**
 * `npm run simulate -- --live --rate 2/s [--duration 10m]`: visitors arrive now at the given
 * rate, planned by the market models and played against the running storefront and backend
 * (live-visit.ts). Prints a line a minute; Ctrl-C (or the duration) stops arrivals, lets the
 * visits end where they are, and prints the totals.
 */
export async function simulateLive(container: MedusaContainer, options: LiveOptions): Promise<LiveReport> {
  const startedAt = Date.now()
  const settings = simulator.simulatorSettings({ visitorsPerDay: options.visitorsPerDay })
  const shop = await readShopContext(container)
  const snapshot = await readShopSnapshot(container, shop)
  if (snapshot.products.length === 0) throw new Error("the shop has no published product with a price: run `npm run seed` first")
  const state = new simulator.MarketState(snapshot, settings)
  // Ctrl-C ends the visits in progress at once; the end of the duration gives them a minute to finish.
  const stop = new AbortController()
  options.signal.addEventListener("abort", () => stop.abort(), { once: true })
  const store = new StoreApi(options.backend, options.publishableKey ?? (await publishableKeyOf(container)))
  const counters: LiveCounters = { visitors: 0, pages: 0, events: 0, orders: 0, errors: 0, ordersToFlag: [] }
  const deps = {
    storefront: options.storefront,
    store,
    regionId: shop.regionId,
    countryCode: shop.countryCode,
    context: {
      storefront: options.storefront,
      products: new Map(state.shop.products.map((product) => [product.id, product])),
      categories: new Map(state.shop.categories.map((category) => [category.handle, category])),
      currency: shop.currencyCode,
    },
    seed: options.seed,
    ...(options.maxPageMs !== undefined ? { maxPageMs: options.maxPageMs } : {}),
    counters,
    signal: stop.signal,
    log: options.log,
  }
  // The start time is part of the draw: two live runs never send the same visitor or event ids
  // (the ingest would drop the second run's events as duplicates).
  const random = simulator.Random.derive(options.seed, "live", startedAt)
  const schedule = new simulator.RateSchedule(startedAt, options.rate)
  const maxInFlight = options.maxVisitsInFlight ?? Math.max(50, Math.ceil(options.rate * 120))
  const inFlight = new Set<Promise<void>>()
  let missed = 0
  const endsAt = options.durationMs === null ? Infinity : startedAt + options.durationMs
  let last = { ...counters, at: startedAt }
  const line = (now: number) => {
    const minutes = ((now - last.at) / 60_000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })
    options.log(
      `${new Date(now).toLocaleTimeString("fr-FR")} — ${minutes} min : ${counters.visitors - last.visitors} visiteurs, ` +
        `${counters.orders - last.orders} commandes, ${counters.errors - last.errors} erreurs ` +
        `(${inFlight.size} visites en cours${missed > 0 ? `, ${missed} arrivées manquées` : ""})`
    )
    last = { ...counters, at: now }
  }
  const reportEvery = options.reportEveryMs ?? 60_000
  let nextReport = startedAt + reportEvery
  let nextFlag = startedAt + 10_000

  options.log(`visiteurs en direct : ${options.rate.toLocaleString("fr-FR")}/s vers ${options.storefront}, commandes par ${options.backend} (Ctrl-C pour arrêter)`)
  while (!options.signal.aborted && Date.now() < endsAt) {
    const now = Date.now()
    for (let due = schedule.due(now); due > 0; due--) {
      if (inFlight.size >= maxInFlight) {
        missed++
        continue
      }
      const visit = simulator.planLiveVisit({ state, settings, random, at: new Date(now), seed: options.seed })
      counters.visitors++
      const playing: Promise<void> = playLiveVisit(visit, deps)
        .catch((error: unknown) => {
          counters.errors++
          options.log(`visite interrompue : ${error instanceof Error ? error.message : String(error)}`)
        })
        .finally(() => inFlight.delete(playing))
      inFlight.add(playing)
    }
    if (now >= nextFlag) {
      nextFlag = now + 10_000
      await flagOrderEvents(container, counters).catch(() => {})
    }
    if (now >= nextReport) {
      line(now)
      nextReport += reportEvery
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(10, schedule.delayUntilNext(Date.now())))))
  }
  const grace = setTimeout(() => stop.abort(), FINISH_GRACE_MS)
  await Promise.all(inFlight)
  clearTimeout(grace)
  line(Date.now())
  // The backend records an order's event just after answering: a few seconds to catch the last ones.
  for (let attempt = 0; attempt < 5 && counters.ordersToFlag.length > 0; attempt++) {
    await flagOrderEvents(container, counters)
    if (counters.ordersToFlag.length > 0) await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  const { ordersToFlag: _, ...totals } = counters
  return { ...totals, missed, seconds: (Date.now() - startedAt) / 1000 }
}

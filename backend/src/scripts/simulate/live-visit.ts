import { simulator } from "@comptoir/seed"
import { dropPromoCode, orderInputOf } from "./place-planned"
import type { StoreApi } from "./store-api"
import { POSTHOG_JS_VERSION, type PosthogEvent, type VisitContext, visitEvents } from "./visit-events"

/** The project key posthog-js sends to the storefront's first-party `/ingest` (storefront/src/lib/analytics/settings.ts). */
const FIRST_PARTY_PROJECT_KEY = "comptoir"
/** A live visitor reads a page for at most this long: visits stay minutes, not the history's quarter hours. */
export const MAX_PAGE_MS = 30_000
const REQUEST_TIMEOUT_MS = 30_000

export interface LiveCounters {
  visitors: number
  pages: number
  events: number
  orders: number
  errors: number
  /** Order ids whose `order_placed` event still has to be flagged as simulated. */
  ordersToFlag: string[]
}

export interface LiveVisitDeps {
  storefront: string
  store: StoreApi
  regionId: string
  countryCode: string
  context: Omit<VisitContext, "cartId" | "orderId">
  seed: number
  /** Longest wait between two steps of a visit. @default MAX_PAGE_MS */
  maxPageMs?: number
  counters: LiveCounters
  /** Aborted by Ctrl-C: the visit stops where it is. */
  signal: AbortSignal
  log: (line: string) => void
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted || ms <= 0) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener("abort", done)
      resolve()
    }
    signal.addEventListener("abort", done, { once: true })
  })

/**
 * Plays one planned visit now, against the running shop: each page requested from the
 * storefront (with the visitor's user agent, the previous page as Referer, the landing page's
 * UTM and click ids), the events posthog-js would send posted to the storefront's `/ingest`,
 * and, for a buyer, the cart and checkout through the backend's Store API.
 */
export async function playLiveVisit(visit: simulator.VisitPlan, deps: LiveVisitDeps): Promise<void> {
  const { counters, signal } = deps
  const ids = { cartId: `cart_sim_${visit.sessionId.replace(/-/g, "").slice(0, 20)}`, orderId: null as string | null }
  const startMs = visit.startedAt.getTime()
  const plannedAt = new Map(visit.steps.map((step) => [step, step.atMs]))
  let sent = 0
  let cartCreated = false
  let steps = visit.steps
  const input = orderInputOf(visit, deps.countryCode)
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as simulator.VisitStep
    const previous = index > 0 ? (steps[index - 1] as simulator.VisitStep) : null
    const plannedGap = (plannedAt.get(step) ?? 0) - (previous ? (plannedAt.get(previous) ?? 0) : 0)
    const sincePrevious = Date.now() - startMs - (previous?.atMs ?? 0)
    await sleep(Math.min(plannedGap, deps.maxPageMs ?? MAX_PAGE_MS) - sincePrevious, signal)
    if (signal.aborted) return
    // The events carry the moment the step really happened.
    step.atMs = Date.now() - startMs
    // A buyer's cart follows the checkout as the storefront's does: created with the first
    // item, shipping chosen at the delivery step, then the code typed, then payment.
    if (visit.outcome === "order" && step.kind === "add" && !cartCreated) {
      cartCreated = true
      const cartId = await tryStore(deps, () => deps.store.createCart(input, deps.regionId))
      if (!cartId) return
      ids.cartId = cartId
    }
    if (cartCreated && step.kind === "step" && step.step === "shipping") {
      const shipped = await tryStore(deps, async () => {
        await deps.store.addShippingMethod(ids.cartId, input.chooseShipping)
        return true
      })
      if (!shipped) return
    }
    if (cartCreated && step.kind === "promo") {
      const applied = await tryStore(deps, () => deps.store.enterPromoCode(ids.cartId, step.code))
      if (applied === null) return
      if (!applied) {
        // The code the shop did not keep is no event: the visit goes on from its next step.
        dropPromoCode(visit)
        steps = visit.steps
        index--
        continue
      }
    }
    if (step.kind === "order") {
      const orderId = await tryStore(deps, () => deps.store.checkout(ids.cartId))
      if (!orderId) return
      ids.orderId = orderId
      counters.orders++
      counters.ordersToFlag.push(orderId)
    }
    // Events of the visit so far; those already sent keep their uuids (same generator, same order).
    const random = simulator.Random.derive(deps.seed, visit.sessionId, "live")
    const events = visitEvents({ ...visit, steps: steps.slice(0, index + 1) }, { ...deps.context, ...ids }, () => random.uuid())
    const fresh = events.slice(sent)
    sent = events.length
    for (const event of fresh) if (event.event === "$pageview") await requestPage(event, visit, deps)
    await sendEvents(fresh, visit, deps)
  }
}

async function tryStore<T>(deps: LiveVisitDeps, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work()
  } catch (error) {
    deps.counters.errors++
    deps.log(`commande refusée : ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

async function requestPage(pageview: PosthogEvent, visit: simulator.VisitPlan, deps: LiveVisitDeps): Promise<void> {
  const url = String(pageview.properties.$current_url)
  const referrer = String(pageview.properties.$referrer ?? "$direct")
  try {
    const response = await fetch(url, {
      headers: {
        "user-agent": visit.device.userAgent,
        accept: "text/html",
        "accept-language": "fr-FR,fr;q=0.9",
        ...(referrer !== "$direct" ? { referer: referrer } : {}),
      },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    // A page the shop does not have (a deleted product) is a 404 a visitor may meet; a 5xx is an error.
    if (response.status >= 500) deps.counters.errors++
    else deps.counters.pages++
  } catch {
    deps.counters.errors++
  }
}

/** The batch posthog-js would send: a JSON array to `/ingest/i/v0/e/`, each event carrying the project token. */
async function sendEvents(events: readonly PosthogEvent[], visit: simulator.VisitPlan, deps: LiveVisitDeps): Promise<void> {
  if (events.length === 0) return
  const batch = events.map((event) => ({ ...event, properties: { ...event.properties, token: FIRST_PARTY_PROJECT_KEY } }))
  const url = new URL(`/ingest/i/v0/e/?ip=0&_=${Date.now()}&ver=${POSTHOG_JS_VERSION}`, deps.storefront)
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": visit.device.userAgent, origin: new URL(deps.storefront).origin },
      body: JSON.stringify(batch),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    if (response.ok) deps.counters.events += events.length
    else deps.counters.errors++
  } catch {
    deps.counters.errors++
  }
}

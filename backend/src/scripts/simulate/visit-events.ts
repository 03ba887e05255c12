import { COMPTOIR_PROPERTIES, EVENT_NAMES } from "@comptoir/analytics"
import { simulator } from "@comptoir/seed"

/** posthog-js's version that the storefront ships, reported as the simulated library version. */
export const POSTHOG_JS_VERSION = "1.449.2"

/** An event as posthog-js puts it in a batch. */
export interface PosthogEvent {
  uuid: string
  event: string
  timestamp: string
  properties: Record<string, unknown>
}

export interface VisitContext {
  /** The storefront's origin (`http://localhost:8000`): pages are addressed there. */
  storefront: string
  products: ReadonlyMap<string, simulator.SimProduct>
  categories: ReadonlyMap<string, { handle: string; name: string; productIds: string[] }>
  currency: string
  /** The cart the visit filled: Medusa's id when it ordered, a stand-in otherwise. */
  cartId: string
  orderId: string | null
}

/** The page a step is seen on. */
function pathOf(step: simulator.VisitStep, context: VisitContext): string | null {
  switch (step.kind) {
    case "home":
      return "/"
    case "category":
      return `/categories/${step.handle}`
    case "product":
      return `/produits/${context.products.get(step.productId)?.handle ?? step.productId}`
    case "search":
      return `/recherche?q=${encodeURIComponent(step.query)}`
    case "cart":
      return "/panier"
    case "checkout":
      return "/commande"
    case "order":
      return context.orderId ? `/commande/confirmation/${context.orderId}` : null
    default:
      return null
  }
}

function landingUrl(visit: simulator.VisitPlan, path: string, origin: string): string {
  const url = new URL(path, origin)
  for (const [key, value] of Object.entries(visit.acquisition.utm)) if (value) url.searchParams.set(key, value)
  if (visit.acquisition.clickId) url.searchParams.set(visit.acquisition.clickId.name, visit.acquisition.clickId.value)
  return url.toString()
}

const domainOf = (url: string | null) => (url ? new URL(url).hostname : "$direct")

/** Properties of the contract event a step produces (besides its page view), or null. */
function stepEvent(step: simulator.VisitStep, visit: simulator.VisitPlan, context: VisitContext): [string, Record<string, unknown>] | null {
  const cartLines = () => visit.cart.filter((line) => line.quantity > 0)
  const subtotal = () => Math.round(cartLines().reduce((sum, line) => sum + line.unitPrice * line.quantity, 0) * 100) / 100
  const itemsCount = () => cartLines().reduce((sum, line) => sum + line.quantity, 0)
  switch (step.kind) {
    case "home":
      return [EVENT_NAMES.productListViewed, { list_type: "home", products_count: Math.min(12, context.products.size) }]
    case "category": {
      const category = context.categories.get(step.handle)
      return [
        EVENT_NAMES.productListViewed,
        { list_type: "category", list_id: step.handle, list_name: category?.name ?? step.handle, products_count: category?.productIds.length ?? 0 },
      ]
    }
    case "product": {
      const product = context.products.get(step.productId)
      return [
        EVENT_NAMES.productViewed,
        {
          product_id: step.productId,
          ...(product ? { product_handle: product.handle, product_title: product.title, price: simulator.displayPrice(product) } : {}),
          ...(product?.categoryHandles[0] ? { category: product.categoryHandles[0] } : {}),
          ...(product?.collectionTitle ? { collection: product.collectionTitle } : {}),
          currency: context.currency,
        },
      ]
    }
    case "search":
      return [EVENT_NAMES.searchPerformed, { query: step.query, results_count: step.resultsCount }]
    case "add": {
      const product = context.products.get(step.productId)
      const variant = product?.variants.find((candidate) => candidate.id === step.variantId)
      return [
        EVENT_NAMES.productAddedToCart,
        {
          product_id: step.productId,
          variant_id: step.variantId,
          ...(product ? { product_handle: product.handle, product_title: product.title } : {}),
          cart_id: context.cartId,
          quantity: step.quantity,
          ...(variant ? { unit_price: variant.price } : {}),
          currency: context.currency,
        },
      ]
    }
    case "cart":
      return [EVENT_NAMES.cartViewed, { cart_id: context.cartId, items_count: itemsCount(), subtotal: subtotal(), currency: context.currency }]
    case "checkout":
      return [EVENT_NAMES.checkoutStarted, { cart_id: context.cartId, items_count: itemsCount(), subtotal: subtotal(), currency: context.currency }]
    case "step":
      return [EVENT_NAMES.checkoutStepCompleted, { cart_id: context.cartId, step: step.step, step_number: step.number }]
    case "promo":
      return [EVENT_NAMES.promoCodeApplied, { cart_id: context.cartId, code: step.code, currency: context.currency }]
    case "order":
      // order_placed is the backend's own event (recorded with the order), not the browser's.
      return null
  }
}

/**
 * The events posthog-js would send for a visit: a `$pageview` per page, the storefront's
 * e-commerce events, with the session's entry URL and referrer repeated on each as posthog-js
 * does, and the simulated flag. `uuid` gives each event its id (stable for a given visit, so a
 * day simulated twice stores its events once).
 */
export function visitEvents(visit: simulator.VisitPlan, context: VisitContext, uuid: () => string): PosthogEvent[] {
  const events: PosthogEvent[] = []
  const firstPath = visit.steps.map((step) => pathOf(step, context)).find((path) => path !== null) ?? "/"
  const entryUrl = landingUrl(visit, firstPath, context.storefront)
  const host = new URL(context.storefront).host
  const { device } = visit
  const common = {
    distinct_id: visit.visitorId,
    $session_id: visit.sessionId,
    $host: host,
    $os: device.os,
    $browser: device.browser,
    $device_type: device.type === "mobile" ? "Mobile" : device.type === "tablet" ? "Tablet" : "Desktop",
    $raw_user_agent: device.userAgent,
    $viewport_width: device.viewport.width,
    $viewport_height: device.viewport.height,
    $screen_width: device.screen.width,
    $screen_height: device.screen.height,
    $timezone: "Europe/Paris",
    $browser_language: "fr-FR",
    $lib: "web",
    $lib_version: POSTHOG_JS_VERSION,
    $session_entry_url: entryUrl,
    $session_entry_host: host,
    $session_entry_pathname: new URL(entryUrl).pathname,
    $session_entry_referrer: visit.acquisition.referrer ?? "$direct",
    $session_entry_referring_domain: domainOf(visit.acquisition.referrer),
    ...visit.acquisition.utm,
    ...(visit.acquisition.clickId ? { [visit.acquisition.clickId.name]: visit.acquisition.clickId.value } : {}),
    [COMPTOIR_PROPERTIES.simulated]: true,
  }
  let currentUrl = entryUrl
  let referrer = visit.acquisition.referrer
  const start = visit.startedAt.getTime()
  for (const [index, step] of visit.steps.entries()) {
    const timestamp = new Date(start + step.atMs).toISOString()
    const path = pathOf(step, context)
    if (path !== null) {
      if (index > 0) {
        referrer = currentUrl
        currentUrl = new URL(path, context.storefront).toString()
      }
      events.push({
        uuid: uuid(),
        event: EVENT_NAMES.pageview,
        timestamp,
        properties: {
          ...common,
          $current_url: currentUrl,
          $pathname: new URL(currentUrl).pathname,
          $referrer: referrer ?? "$direct",
          $referring_domain: domainOf(referrer),
        },
      })
    }
    const contractEvent = stepEvent(step, visit, context)
    if (contractEvent) {
      const [event, properties] = contractEvent
      events.push({
        uuid: uuid(),
        event,
        timestamp,
        properties: { ...common, $current_url: currentUrl, $pathname: new URL(currentUrl).pathname, ...properties },
      })
    }
  }
  return events
}

/**
 * Event names, defined once for the storefront (posthog-js), the backend (server-side events)
 * and the simulator. `$pageview` and `$pageleave` are posthog-js's own names; the others are
 * Comptoir's e-commerce events.
 */
export const EVENT_NAMES = {
  pageview: '$pageview',
  pageleave: '$pageleave',
  productListViewed: 'product_list_viewed',
  productViewed: 'product_viewed',
  searchPerformed: 'search_performed',
  productAddedToCart: 'product_added_to_cart',
  productRemovedFromCart: 'product_removed_from_cart',
  cartViewed: 'cart_viewed',
  checkoutStarted: 'checkout_started',
  checkoutStepCompleted: 'checkout_step_completed',
  promoCodeApplied: 'promo_code_applied',
  promoCodeRejected: 'promo_code_rejected',
  orderPlaced: 'order_placed',
  orderCanceled: 'order_canceled',
  orderRefunded: 'order_refunded',
} as const

export type ContractEventName = (typeof EVENT_NAMES)[keyof typeof EVENT_NAMES]

/**
 * Events the backend emits from Medusa's order events. They describe the order, not a visit, so
 * the ingest gives them no acquisition channel and they are never counted as page traffic.
 */
export const SERVER_EVENT_NAMES: ReadonlySet<string> = new Set<ContractEventName>([
  EVENT_NAMES.orderPlaced,
  EVENT_NAMES.orderCanceled,
  EVENT_NAMES.orderRefunded,
])

/** Properties Comptoir adds to posthog-js's own. */
export const COMPTOIR_PROPERTIES = {
  /** `true` on every event sent by the market simulator: kept in reports, counted apart. */
  simulated: '$comptoir_simulated',
  /** The Medusa cart id, which joins browser sessions to orders. */
  cartId: 'cart_id',
} as const

/**
 * Cart metadata keys under which the storefront stores the visitor's posthog-js ids, so that
 * the backend's server-side order events are attributed to the visit (Medusa copies a cart's
 * metadata onto its order).
 */
export const CART_ATTRIBUTION_KEYS = {
  distinctId: 'comptoir_distinct_id',
  sessionId: 'comptoir_session_id',
} as const

const CONTRACT_NAME_SET: ReadonlySet<string> = new Set(Object.values(EVENT_NAMES))

export function isContractEventName(name: string): name is ContractEventName {
  return CONTRACT_NAME_SET.has(name)
}

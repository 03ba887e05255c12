import { randomUUID } from "node:crypto"
import { gzipSync } from "node:zlib"
import { CHECKOUT_ADDRESS } from "./api-session"

// What posthog-js 1.449.2 puts on the wire (PLATFORM.md), for the ingest's integration tests.

export const CHROME_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"

export type CaptureEvent = { uuid?: string; event: string; properties: Record<string, unknown>; timestamp?: string }

export function pageview(properties: Record<string, unknown> = {}, event = "$pageview"): CaptureEvent & { uuid: string } {
  return {
    uuid: randomUUID(),
    event,
    timestamp: new Date().toISOString(),
    properties: {
      distinct_id: "visitor-1",
      $session_id: "session-1",
      $current_url: "http://localhost:8000/fr",
      $host: "localhost:8000",
      $pathname: "/fr",
      $referrer: "$direct",
      $referring_domain: "$direct",
      $raw_user_agent: CHROME_UA,
      $browser: "Chrome",
      $os: "Linux",
      $device_type: "Desktop",
      $lib: "web",
      $lib_version: "1.449.2",
      ...properties,
    },
  }
}

export function envelope(batch: unknown[]): Record<string, unknown> {
  return { api_key: "phc_comptoir_test", batch, sent_at: new Date().toISOString() }
}

export const gzipBody = (value: unknown): Buffer => gzipSync(JSON.stringify(value))

export interface CaptureResponse {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

/** POSTs raw bytes, as posthog-js does (no axios: it would re-encode the body). */
export async function post(
  baseUrl: string,
  path: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {}
): Promise<CaptureResponse> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "text/plain", "user-agent": CHROME_UA, ...headers },
  })
  const text = await response.text()
  let parsed: Record<string, unknown> = {}
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    parsed = { text }
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

export interface StoredEvent {
  uuid: string
  event: string
  distinct_id: string | null
  session_id: string | null
  pathname: string | null
  host: string | null
  referring_domain: string | null
  channel: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  device_type: string | null
  browser: string | null
  is_bot: boolean
  bot_reason: string | null
  contract_error: string | null
  properties: Record<string, unknown>
  timestamp: Date
}

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: unknown[] }> }

export async function storedEvents(db: Knex, where = "true", bindings: unknown[] = []): Promise<StoredEvent[]> {
  const { rows } = await db.raw(`SELECT * FROM captured_event WHERE ${where} ORDER BY "timestamp", uuid`, bindings)
  return rows as StoredEvent[]
}

type Api = {
  get: (url: string, config?: object) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: object) => Promise<{ data: any }>
}
type RequestConfig = { headers: Record<string, string> }


/**
 * The storefront's checkout through the Store API, with the visitor's posthog-js ids stored on
 * the cart as the storefront does: two starter mugs, an optional promo code, home delivery,
 * Medusa's system payment provider.
 */
export async function placeOrder(api: Api, store: RequestConfig, promoCode?: string) {
  const { data: config } = await api.get("/comptoir/storefront-config")
  const { data: listing } = await api.get("/store/products?handle=tasse-emaillee-bleue&fields=*variants", store)
  const variantId = listing.products[0].variants[0].id as string
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: config.default_region_id,
      metadata: { comptoir_distinct_id: "visitor-order", comptoir_session_id: "session-order" },
    },
    store
  )
  const cartId = created.cart.id as string
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, store)
  if (promoCode) await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promoCode] }, store)
  await api.post(`/store/carts/${cartId}`, { email: "camille@example.fr", shipping_address: CHECKOUT_ADDRESS, billing_address: CHECKOUT_ADDRESS }, store)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store
  )
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (completed.type !== "order") throw new Error(`checkout did not give an order: ${JSON.stringify(completed).slice(0, 300)}`)
  return { order: completed.order as { id: string; total: number; discount_total: number }, cartId }
}

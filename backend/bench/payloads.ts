import { gzipSync } from "node:zlib"

// Batches shaped like what posthog-js 1.449.2 sends from the storefront (PLATFORM.md, "posthog-js
// on the wire"): ~45 properties per event, session entry properties, UTM on some sessions, a
// mix of page views, product views, cart events and autocapture clicks. A seeded generator
// makes every run send the same bytes.

const CHROME_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"
const PRODUCTS = ["tasse-emaillee-bleue", "tote-bag-coton", "carnet-kraft", "bougie-figue", "savon-lavande"]
const ENTRIES = [
  { url: "http://localhost:8000/fr", referrer: "$direct", domain: "$direct", utm: {} },
  { url: "http://localhost:8000/fr?utm_source=newsletter&utm_medium=email&utm_campaign=noel", referrer: "$direct", domain: "$direct", utm: { utm_source: "newsletter", utm_medium: "email", utm_campaign: "noel" } },
  { url: "http://localhost:8000/fr/products/carnet-kraft", referrer: "https://www.qwant.com/", domain: "www.qwant.com", utm: {} },
  { url: "http://localhost:8000/fr?gclid=Cj0KCQiA", referrer: "https://www.google.com/", domain: "www.google.com", utm: {} },
  { url: "http://localhost:8000/fr?utm_source=instagram&utm_medium=social", referrer: "https://l.instagram.com/", domain: "l.instagram.com", utm: { utm_source: "instagram", utm_medium: "social" } },
] as const

/** mulberry32: small, fast and good enough to vary payloads deterministically. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hex(random: () => number, length: number): string {
  let out = ""
  for (let i = 0; i < length; i++) out += Math.floor(random() * 16).toString(16)
  return out
}

/** A UUID v7-looking id: time-ordered prefix, as posthog-js generates. */
function uuidV7(random: () => number, ms: number): string {
  const time = ms.toString(16).padStart(12, "0")
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(random, 3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(random, 3)}-${hex(random, 12)}`
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

export interface BatchOptions {
  batchIndex: number
  eventsPerBatch: number
  seed: number
  now: number
}

/** One posthog-js envelope: the events of one visitor's session, flushed together. */
export function posthogBatch({ batchIndex, eventsPerBatch, seed, now }: BatchOptions): Record<string, unknown> {
  const random = seededRandom(seed * 1_000_003 + batchIndex)
  const distinctId = uuidV7(random, now - 86_400_000)
  const sessionId = uuidV7(random, now - 600_000)
  const entry = pick(random, ENTRIES)
  const batch = []
  for (let i = 0; i < eventsPerBatch; i++) {
    const product = pick(random, PRODUCTS)
    const kind = random()
    const event = kind < 0.45 ? "$pageview" : kind < 0.75 ? "product_viewed" : kind < 0.85 ? "product_added_to_cart" : "$autocapture"
    const pathname = event === "$pageview" && random() < 0.3 ? "/fr" : `/fr/products/${product}`
    const timestamp = new Date(now - (eventsPerBatch - i) * 1200).toISOString()
    const properties: Record<string, unknown> = {
      $os: "Linux", $os_version: "", $browser: "Chrome", $device_type: "Desktop",
      $current_url: `http://localhost:8000${pathname}`, $host: "localhost:8000", $pathname: pathname,
      $raw_user_agent: CHROME_UA, $browser_version: 156, $browser_language: "fr-FR", $browser_language_prefix: "fr",
      $screen_height: 1080, $screen_width: 1920, $viewport_height: 960, $viewport_width: 1920,
      $lib: "web", $lib_version: "1.449.2", $insert_id: hex(random, 16), $time: Date.parse(timestamp) / 1000,
      distinct_id: distinctId, $device_id: distinctId, $session_id: sessionId, $window_id: uuidV7(random, now - 600_000),
      $pageview_id: uuidV7(random, now - 5_000), $referrer: entry.referrer, $referring_domain: entry.domain,
      $session_entry_url: entry.url, $session_entry_referrer: entry.referrer, $session_entry_referring_domain: entry.domain,
      $session_entry_host: "localhost:8000", $session_entry_pathname: new URL(entry.url).pathname,
      ...entry.utm,
      token: "phc_comptoir_bench", $timezone: "Europe/Paris", $timezone_offset: -60,
      $is_identified: false, $process_person_profile: false, $configured_session_timeout_ms: 1_800_000,
      $sdk_debug_replay_internal_buffer_length: 0, $lib_rate_limit_remaining_tokens: 99,
    }
    if (event !== "$pageview") {
      // The storefront's events follow the event contract (analytics package), as these do.
      properties.product_id = `prod_${hex(random, 26)}`
      properties.product_handle = product
      properties.product_title = product.replace(/-/g, " ")
      properties.currency = "eur"
      const price = Math.round(random() * 5000) / 100
      if (event === "product_added_to_cart") {
        properties.variant_id = `variant_${hex(random, 26)}`
        properties.quantity = 1 + Math.floor(random() * 3)
        properties.unit_price = price
        properties.cart_id = `cart_${hex(random, 26)}`
      } else {
        properties.price = price
      }
    }
    if (event === "$autocapture") {
      properties.$event_type = "click"
      properties.$elements_chain = `button.btn.btn-primary:text="Ajouter au panier"nth-child="2"nth-of-type="1";div.product-actions:nth-child="3";main:nth-child="1";body:nth-child="2"`
    }
    batch.push({ uuid: uuidV7(random, Date.parse(timestamp)), event, properties, timestamp })
  }
  return { api_key: "phc_comptoir_bench", batch, sent_at: new Date(now).toISOString() }
}

/** The bytes posthog-js puts on the wire by default: gzip, labelled text/plain. */
export function gzipBatch(envelope: Record<string, unknown>): Buffer {
  return gzipSync(JSON.stringify(envelope))
}

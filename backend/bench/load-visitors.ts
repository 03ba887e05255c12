/**
 * The load benchmark's second process (started by bench/load.ts with child_process.fork): N
 * simulated visitors who browse the catalogue through the Store API, send posthog-js batches to
 * the ingest, and some of whom order, for a bounded time. Sends its measurements to the parent.
 */
import { performance } from "node:perf_hooks"
import { gzipBatch, posthogBatch, seededRandom } from "./payloads"
import type { AcknowledgedOrder, RequestSample, RouteGroup, VisitorReport } from "./load-stats"

export type VisitorOptions = { backendUrl: string; visitors: number; durationSeconds: number; orderShare: number; seed: number }

/** A storefront gives up after this long; a checkout left unanswered is retried on the same cart. */
const REQUEST_TIMEOUT_MS = 30_000
const address = { first_name: "Camille", last_name: "Martin", address_1: "12 rue des Lilas", city: "Lyon", postal_code: "69003", country_code: "fr" }

type Answer = { status: number; data: any }
type Shop = { headers: Record<string, string>; regionId: string }
type Variant = { id: string; inventory_quantity?: number | null; manage_inventory?: boolean | null }
type Product = { id: string; variants?: Variant[] | null }

export async function runVisitors(options: VisitorOptions): Promise<VisitorReport> {
  const report: VisitorReport = {
    startedAt: Date.now(),
    endedAt: 0,
    samples: [],
    acknowledgedEvents: [],
    orders: [],
    outOfStock: 0,
    unanswered: 0,
    visits: 0,
  }
  const deadline = Date.now() + options.durationSeconds * 1000

  async function call(group: RouteGroup, method: string, path: string, init: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Answer> {
    const started = performance.now()
    try {
      const response = await fetch(`${options.backendUrl}${path}`, {
        method,
        body: init.body,
        headers: init.headers,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      const text = await response.text()
      report.samples.push({ group, status: response.status, ms: performance.now() - started })
      let data: unknown = null
      try {
        data = text ? JSON.parse(text) : null
      } catch {
        data = { text }
      }
      return { status: response.status, data }
    } catch {
      // No answer (timeout, reset): status 0, reported apart from the HTTP statuses.
      report.samples.push({ group, status: 0, ms: performance.now() - started })
      return { status: 0, data: null }
    }
  }

  const json = (shop: Shop, body: unknown) => ({ body: JSON.stringify(body), headers: { ...shop.headers, "content-type": "application/json" } })

  async function capture(visitor: number, batchIndex: number, events: number): Promise<void> {
    const envelope = posthogBatch({ batchIndex: visitor * 1_000_000 + batchIndex, eventsPerBatch: events, seed: options.seed, now: Date.now() })
    const answer = await call("ingest", "POST", "/ingest/i/v0/e/?compression=gzip-js&ver=1.449.2", {
      body: gzipBatch(envelope),
      headers: { "content-type": "text/plain", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36" },
    })
    if (answer.status === 200) {
      for (const event of envelope.batch as { uuid: string }[]) report.acknowledgedEvents.push(event.uuid)
    }
  }

  async function order(shop: Shop, variantId: string, visitor: number): Promise<void> {
    const created = await call("cart", "POST", "/store/carts", json(shop, {
      region_id: shop.regionId,
      email: `visiteur-${visitor}-${Date.now()}@example.fr`,
      items: [{ variant_id: variantId, quantity: 1 }],
      shipping_address: address,
      billing_address: address,
    }))
    const cartId = created.data?.cart?.id as string | undefined
    if (!cartId) return void (created.status >= 400 && created.status < 500 && report.outOfStock++)
    const options_ = await call("cart", "GET", `/store/shipping-options?cart_id=${cartId}`, { headers: shop.headers })
    const optionId = options_.data?.shipping_options?.[0]?.id as string | undefined
    if (!optionId) return
    await call("cart", "POST", `/store/carts/${cartId}/shipping-methods`, json(shop, { option_id: optionId }))
    const collection = await call("cart", "POST", "/store/payment-collections", json(shop, { cart_id: cartId }))
    const collectionId = collection.data?.payment_collection?.id as string | undefined
    if (!collectionId) return
    await call("cart", "POST", `/store/payment-collections/${collectionId}/payment-sessions`, json(shop, { provider_id: "pp_system_default" }))

    // A visitor whose checkout got no answer clicks again: same cart, the backend must not lose or double the order.
    for (let attempt = 0; attempt < 3; attempt++) {
      const completed = await call("checkout", "POST", `/store/carts/${cartId}/complete`, json(shop, {}))
      if (completed.status === 0) {
        report.unanswered++
        continue
      }
      if (completed.data?.type === "order") report.orders.push({ orderId: completed.data.order.id as string, cartId } satisfies AcknowledgedOrder)
      else if (completed.status >= 400 && completed.status < 500 && /stock|inventory/i.test(String(completed.data?.message))) report.outOfStock++
      return
    }
  }

  async function visitor(index: number): Promise<void> {
    const random = seededRandom(options.seed + index)
    const config = await call("config", "GET", "/comptoir/storefront-config")
    if (config.status !== 200) return
    const shop: Shop = { headers: { "x-publishable-api-key": config.data.publishable_key as string }, regionId: config.data.default_region_id as string }
    let batch = 0
    while (Date.now() < deadline) {
      report.visits++
      const listing = await call("catalogue", "GET", `/store/products?limit=12&region_id=${shop.regionId}&fields=id,title,handle,*variants,+variants.inventory_quantity`, { headers: shop.headers })
      await capture(index, batch++, 2)
      const products = (listing.data?.products ?? []) as Product[]
      const product = products[Math.floor(random() * products.length)]
      if (product) {
        await call("product", "GET", `/store/products/${product.id}?region_id=${shop.regionId}`, { headers: shop.headers })
        await capture(index, batch++, 3)
        const variant = product.variants?.find((candidate) => !candidate.manage_inventory || (candidate.inventory_quantity ?? 0) > 0)
        if (variant && random() < options.orderShare && Date.now() < deadline) {
          await order(shop, variant.id, index)
          await capture(index, batch++, 2)
        }
      }
      // Reading time between two pages.
      await new Promise((resolve) => setTimeout(resolve, 200 + random() * 800))
    }
  }

  await Promise.all(Array.from({ length: options.visitors }, (_, index) => visitor(index)))
  report.endedAt = Date.now()
  return report
}

// Started by the parent: options in argv, the report back over the IPC channel.
if (process.send) {
  const options = JSON.parse(process.argv[2] ?? "{}") as VisitorOptions
  runVisitors(options).then(
    (report) => process.send!({ type: "report", report }, () => process.exit(0)),
    (error: unknown) => process.send!({ type: "error", message: String(error) }, () => process.exit(1))
  )
}

import type { Client } from "pg"
import { adminHeaders, type Api, storeHeaders } from "../http/api-session"
import { readyCart } from "../http/concurrency-helpers"
import { startBackend, type ScratchBackend } from "../../bench/scratch-backend"
import { isPortFree } from "../../scripts/lib/ports"
import { killGroup, logDir, withClient } from "./crash-helpers"

// bench/crash.ts's `checkout` scenario: the backend killed with SIGKILL while visitors' checkouts
// run (so inside Medusa's cart completion), started again. Its job repairs the half-written
// order; every cart then completes into exactly one order, with stock and promotion counted once.

const CARTS = 24
const CODE = "CRASH10"
/** The brief's port range for the servers a helper starts. */
const PORTS = { first: 9300, last: 9399 }
/** The job's grace period (workflows/checkout/repair-interrupted-checkouts.ts) plus its minute. */
const REPAIR_WAIT_MS = 5 * 60_000

const say = (line: string) => process.stdout.write(`[crash] checkout: ${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function portInRange(): Promise<number> {
  for (let port = PORTS.first; port <= PORTS.last; port++) if (await isPortFree(port)) return port
  throw new Error(`no free port in ${PORTS.first}-${PORTS.last}`)
}

/** The Api the integration helpers take, over fetch: answers of any status, JSON bodies. */
function fetchApi(baseUrl: string): Api {
  const call = async (method: string, url: string, body: unknown, config?: object) => {
    const headers = { "content-type": "application/json", ...((config as { headers?: Record<string, string> })?.headers ?? {}) }
    const response = await fetch(`${baseUrl}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await response.text()
    return { status: response.status, data: text ? JSON.parse(text) : null }
  }
  return { get: (url, config) => call("GET", url, undefined, config), post: (url, body, config) => call("POST", url, body ?? {}, config) }
}

/** What must hold for the carts whatever the kill hit; each line is a difference. */
async function inconsistencies(client: Client, cartIds: string[], acknowledged: Set<string>, allCompleted: boolean): Promise<string[]> {
  const problems: string[] = []
  const { rows: carts } = await client.query<{ id: string; completed: boolean; orders: number; unlinked: number }>(
    `SELECT c.id, c.completed_at IS NOT NULL AS completed,
            (SELECT count(*)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL WHERE oc.cart_id = c.id AND oc.deleted_at IS NULL) AS orders,
            (SELECT count(*)::int FROM "order" o WHERE o.email = c.email AND o.deleted_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL)) AS unlinked
       FROM cart c WHERE c.id = ANY($1)`,
    [cartIds]
  )
  for (const cart of carts) {
    if (cart.unlinked > 0) problems.push(`cart ${cart.id}: ${cart.unlinked} order(s) without their cart link`)
    if (cart.orders > 1) problems.push(`cart ${cart.id}: ${cart.orders} orders`)
    if (cart.completed !== (cart.orders === 1)) problems.push(`cart ${cart.id}: completed=${cart.completed} with ${cart.orders} order(s)`)
    if (allCompleted && cart.orders !== 1) problems.push(`cart ${cart.id}: not completed into one order`)
  }
  const { rows: live } = await client.query<{ id: string }>(`SELECT id FROM "order" WHERE id = ANY($1) AND deleted_at IS NULL`, [[...acknowledged]])
  if (live.length !== acknowledged.size) problems.push(`${acknowledged.size - live.length} acknowledged order(s) missing`)
  // Every order of these carts reserved its lines once, and nothing else is reserved.
  const { rows: stock } = await client.query<{ inventory_item_id: string; reserved: number; by_reservations: number; by_orders: number }>(
    `SELECT il.inventory_item_id, il.reserved_quantity::int AS reserved,
            (SELECT coalesce(sum(r.quantity), 0)::int FROM reservation_item r WHERE r.inventory_item_id = il.inventory_item_id AND r.deleted_at IS NULL) AS by_reservations,
            (SELECT coalesce(sum(oi.quantity), 0)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL
               JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
               JOIN order_line_item li ON li.id = oi.item_id
               JOIN product_variant_inventory_item pvi ON pvi.variant_id = li.variant_id AND pvi.deleted_at IS NULL
              WHERE oc.cart_id = ANY($1) AND oc.deleted_at IS NULL AND pvi.inventory_item_id = il.inventory_item_id) AS by_orders
       FROM inventory_level il WHERE il.deleted_at IS NULL`,
    [cartIds]
  )
  for (const item of stock) {
    if (item.reserved !== item.by_reservations || item.reserved !== item.by_orders) {
      problems.push(`inventory item ${item.inventory_item_id}: reserved ${item.reserved}, reservations ${item.by_reservations}, orders ${item.by_orders}`)
    }
  }
  const { rows: promotion } = await client.query<{ used: number; orders: number }>(
    `SELECT p.used::int AS used, (SELECT count(*)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL
        WHERE oc.cart_id = ANY($1) AND oc.deleted_at IS NULL) AS orders FROM promotion p WHERE p.code = $2`,
    [cartIds, CODE]
  )
  if (promotion[0] && promotion[0].used !== promotion[0].orders) problems.push(`promotion ${CODE} used ${promotion[0].used} times for ${promotion[0].orders} orders`)
  return problems
}

/** Runs the scenario on `databaseUrl` (a bootstrapped starter shop); returns the differences found. */
export async function killBackendDuringCheckouts(databaseUrl: string, fraction: number): Promise<string[]> {
  const port = await portInRange()
  let backend: ScratchBackend | undefined = await startBackend({ databaseUrl, port, logDir, name: "crash-checkout-backend" })
  try {
    const api = fetchApi(backend.url)
    await api.post(
      "/admin/promotions",
      {
        code: CODE,
        type: "standard",
        status: "active",
        limit: 1000,
        application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10, currency_code: "eur" },
      },
      await adminHeaders(api)
    )
    const { store, regionId } = await storeHeaders(api)
    const variants = await withClient(databaseUrl, async (client) =>
      (await client.query<{ id: string }>(`SELECT id FROM product_variant WHERE sku = ANY($1) AND deleted_at IS NULL ORDER BY sku`, [["TASSE-BLEU", "CARNET-A5"]])).rows
    )
    const cartIds: string[] = []
    for (let i = 0; i < CARTS; i++) cartIds.push(await readyCart(api, store, regionId, [{ variant_id: variants[i % variants.length]!.id, quantity: 1 }], CODE))
    const orders = () => withClient(databaseUrl, async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "order"`)).rows[0]!.n)
    const before = await orders()
    const target = before + Math.max(1, Math.floor(CARTS * fraction))

    // Every checkout at once: they share the promotion, so the checkout lock runs them one by one.
    const acknowledged = new Set<string>()
    const answers = cartIds.map(async (cartId) => {
      try {
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        if (data?.type === "order") acknowledged.add(data.order.id as string)
      } catch {
        // connection cut by the kill: not acknowledged
      }
    })
    while ((await orders()) < target) await sleep(20)
    killGroup(backend.service)
    await backend.service.exited
    backend = undefined
    await Promise.all(answers)
    const cut = await withClient(databaseUrl, (client) => inconsistencies(client, cartIds, acknowledged, false))
    say(`killed with SIGKILL at ${(await orders()) - before} orders of ${CARTS}, ${acknowledged.size} acknowledged; left by the kill: ${cut.join("; ") || "nothing"}`)

    const startedAt = Date.now()
    backend = await startBackend({ databaseUrl, port, logDir, name: "crash-checkout-restarted" })
    let left = cut
    while (left.length > 0 && Date.now() - startedAt < REPAIR_WAIT_MS) {
      await sleep(5_000)
      left = await withClient(databaseUrl, (client) => inconsistencies(client, cartIds, acknowledged, false))
    }
    say(`after the restart, consistent again in ${((Date.now() - startedAt) / 1000).toFixed(0)} s (${left.length} inconsistencie(s) left)`)
    if (left.length > 0) return left.map((problem) => `checkout: after the restart, ${problem}`)

    // The visitors whose checkout was cut try again: each cart gives exactly one order.
    for (const cartId of cartIds) {
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      if (data?.type !== "order") return [`checkout: cart ${cartId} cannot be completed after the restart: ${JSON.stringify(data).slice(0, 200)}`]
    }
    return (await withClient(databaseUrl, (client) => inconsistencies(client, cartIds, acknowledged, true))).map((problem) => `checkout: ${problem}`)
  } finally {
    await backend?.stop()
  }
}

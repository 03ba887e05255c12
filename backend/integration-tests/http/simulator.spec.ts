import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { simulator } from "@comptoir/seed"
import { simulateHistory, type HistoryReport } from "../../src/scripts/simulate/history"
import { KeyedQueue } from "../../src/scripts/simulate/keyed-queue"
import { simulateLive } from "../../src/scripts/simulate/live"
import { OrderPlacer } from "../../src/scripts/simulate/place-order"
import { orderInputOf, placePlannedOrders, SimulationInterrupted } from "../../src/scripts/simulate/place-planned"
import { readShopContext } from "../../src/scripts/simulate/shop-snapshot"
import { StoreApi } from "../../src/scripts/simulate/store-api"
import { type BulkKillHook, SimulatedKill, undoUnfinishedBulkOrders } from "../../src/scripts/simulate/undo-unfinished"
import { level, setStock, variantBySku } from "./concurrency-helpers"
import { removeUploadedImages, seedOverStarterShop } from "./demo-shop-helpers"

type Level = { inventory_item_id: string; stocked_quantity: number; reserved_quantity: number }

async function inventoryLevels(container: MedusaContainer): Promise<Map<string, Level>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] })
  return new Map(
    (data as Level[]).map((level) => [
      level.inventory_item_id,
      { ...level, stocked_quantity: Number(level.stocked_quantity), reserved_quantity: Number(level.reserved_quantity) },
    ])
  )
}

/** Back to the shop as it was: orders cancelled (their stock released), events removed. */
async function forgetHistory(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status"] })
  for (const order of orders) {
    if (order.status !== "canceled") await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
  }
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`DELETE FROM captured_event`)
}

/** Orders that count (not cancelled), and the planned-order keys held by more than one of them. */
async function standingOrders(container: MedusaContainer) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT count(*)::int AS orders, count(DISTINCT metadata->>'comptoir_simulation_key')::int AS keys FROM "order" WHERE status <> 'canceled'`
  )
  // Simulated events only: cancelling the previous history's orders may record a late, real order_canceled.
  const { rows: events } = await db.raw(`SELECT count(*)::int AS n FROM captured_event WHERE is_simulated`)
  return { orders: rows[0].orders as number, keys: rows[0].keys as number, events: events[0].n as number }
}

/** Live orders (not deleted, not cancelled), their amount, and those a resumed run must not leave: without their cart link. */
async function liveOrders(container: MedusaContainer) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(
    `SELECT count(*)::int AS orders, count(DISTINCT o.metadata->>'comptoir_simulation_key')::int AS keys, ` +
      `coalesce(sum((s.totals->>'current_order_total')::numeric), 0)::float AS amount, ` +
      `count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.order_id = o.id AND oc.deleted_at IS NULL))::int AS unlinked ` +
      `FROM "order" o LEFT JOIN order_summary s ON s.order_id = o.id AND s.deleted_at IS NULL WHERE o.deleted_at IS NULL AND o.status <> 'canceled'`
  )
  // Payment collections standing for no order: what a kill between the payments and the links leaves.
  const { rows: stray } = await db.raw(
    `SELECT count(*)::int AS n FROM payment_collection pc WHERE pc.deleted_at IS NULL ` +
      `AND NOT EXISTS (SELECT 1 FROM order_payment_collection op WHERE op.payment_collection_id = pc.id AND op.deleted_at IS NULL)`
  )
  return { ...(rows[0] as { orders: number; keys: number; amount: number; unlinked: number }), strayPayments: stray[0].n as number }
}

/** Promotion (`used` of limited ones) and campaign budget counters, once cancellations have given their uses back. */
async function promotionCounters(container: MedusaContainer): Promise<Record<string, number>> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // order.canceled gives the uses back in a subscriber: wait until every cancelled promotion order did.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await db.raw(
      `SELECT count(*)::int AS n FROM "order" o WHERE o.status = 'canceled' AND o.deleted_at IS NULL ` +
        `AND o.metadata->>'comptoir_promotion_usage_returned_at' IS NULL ` +
        `AND EXISTS (SELECT 1 FROM order_promotion op WHERE op.order_id = o.id AND op.deleted_at IS NULL)`
    )
    if (rows[0].n === 0) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const { rows } = await db.raw(
    `SELECT 'promotion:' || code AS key, used::float AS used FROM promotion WHERE "limit" IS NOT NULL AND deleted_at IS NULL ` +
      `UNION ALL SELECT 'budget:' || campaign_id, used::float FROM promotion_campaign_budget WHERE deleted_at IS NULL`
  )
  return Object.fromEntries((rows as { key: string; used: number }[]).map((row) => [row.key, row.used]))
}

/**
 * One more use on every counter, as if earlier orders had used them: Medusa never lets a counter
 * go below 0, so from 0 a use given back twice would look like one given back once. Every
 * promotion gets a (distant) limit, so that every use moves a counter the test can read.
 */
async function raiseCounters(container: MedusaContainer) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await db.raw(`UPDATE promotion SET "limit" = coalesce("limit", 10000), used = used + 1 WHERE deleted_at IS NULL`)
  await db.raw(`UPDATE promotion_campaign_budget SET used = used + 1, raw_used = jsonb_build_object('value', (used + 1)::text, 'precision', 20) WHERE deleted_at IS NULL`)
}

const counterChanges = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.entries(after).map(([key, used]) => [key, Math.round((used - (before[key] ?? 0)) * 100) / 100]))

const totals = (report: HistoryReport) => ({
  sessions: report.sessions,
  events: report.events,
  orders: report.orders,
  sessionsByChannel: report.sessionsByChannel,
  ordersByChannel: report.ordersByChannel,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the simulated market's history mode", () => {
      const now = new Date()
      const options = { days: 2, visitorsPerDay: 90, seed: 7, storefront: "http://localhost:8000", now, log: () => {} }
      let before: Map<string, Level>
      let first: HistoryReport

      beforeAll(async () => {
        await seedOverStarterShop(getContainer())
        before = await inventoryLevels(getContainer())
        first = await simulateHistory(getContainer(), options)
      })

      afterAll(async () => {
        await removeUploadedImages(getContainer())
      })

      it("places real orders, dated on the simulated days, attributed to their visit", async () => {
        expect(first.days).toBe(2)
        expect(first.orders).toBeGreaterThan(0)
        expect(first.failedOrders).toBe(0)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({ entity: "order", fields: ["id", "created_at", "metadata", "items.quantity"] })
        expect(orders).toHaveLength(first.orders)
        const earliest = new Date(`${first.firstDay}T00:00:00Z`).getTime() - 3_600_000
        for (const order of orders) {
          expect(new Date(order.created_at as unknown as string).getTime()).toBeGreaterThanOrEqual(earliest)
          expect(new Date(order.created_at as unknown as string).getTime()).toBeLessThan(now.getTime() - 3_600_000)
          expect(order.metadata?.comptoir_session_id).toEqual(expect.any(String))
        }
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await db.raw(
          `SELECT count(*)::int AS n, bool_and(is_simulated) AS flagged, bool_and(session_id IS NOT NULL) AS attributed ` +
            `FROM captured_event WHERE event = 'order_placed'`
        )
        expect(rows[0]).toEqual({ n: first.orders, flagged: true, attributed: true })
        // Each order goes with its own cart, payment and reservations (bulk writes pair them by visit).
        const { rows: mismatches } = await db.raw(
          `SELECT ` +
            `(SELECT count(*)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id JOIN cart c ON c.id = oc.cart_id ` +
            `  WHERE o.metadata->>'comptoir_session_id' IS DISTINCT FROM c.metadata->>'comptoir_session_id') AS carts, ` +
            `(SELECT count(*)::int FROM order_payment_collection l JOIN order_summary s ON s.order_id = l.order_id ` +
            `  JOIN payment_collection pc ON pc.id = l.payment_collection_id WHERE (s.totals->>'current_order_total')::numeric <> pc.amount) AS payments, ` +
            `(SELECT count(*)::int FROM reservation_item r WHERE r.deleted_at IS NULL AND NOT EXISTS ` +
            `  (SELECT 1 FROM order_item oi WHERE oi.item_id = r.line_item_id)) AS reservations`
        )
        expect(mismatches[0]).toEqual({ carts: 0, payments: 0, reservations: 0 })
      })

      it("stores flagged browser events with their channel, through the ingest's normalisation", async () => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await db.raw(
          `SELECT channel, count(DISTINCT session_id)::int AS sessions, bool_and(is_simulated) AS flagged, bool_or(is_bot) AS bots, ` +
            `bool_and(contract_error IS NULL) AS valid ` +
            `FROM captured_event WHERE lib = 'web' GROUP BY channel ORDER BY channel`
        )
        const byChannel = Object.fromEntries(rows.map((row: { channel: string; sessions: number }) => [row.channel, row.sessions]))
        expect(byChannel).toEqual(first.sessionsByChannel)
        for (const row of rows) expect(row).toMatchObject({ flagged: true, bots: false, valid: true })
        const { rows: count } = await db.raw(`SELECT count(*)::int AS n FROM captured_event`)
        expect(count[0].n).toBe(first.events)
      })

      it("takes the ordered units from the stock and never sells more than there was", async () => {
        const after = await inventoryLevels(getContainer())
        let reserved = 0
        for (const [item, level] of after) {
          expect(level.reserved_quantity).toBeLessThanOrEqual(level.stocked_quantity)
          reserved += level.reserved_quantity - (before.get(item)?.reserved_quantity ?? 0)
        }
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({ entity: "order", fields: ["items.quantity"] })
        const ordered = orders.flatMap((order) => order.items ?? []).reduce((sum, item) => sum + Number(item?.quantity ?? 0), 0)
        expect(reserved).toBe(ordered)
      })

      it("adds nothing when run again over days already simulated", async () => {
        const again = await simulateHistory(getContainer(), options)
        expect(again.days).toBe(0)
        expect(again.sessions).toBe(0)
      })

      it("gives the same totals when the same seed runs again on the same shop", async () => {
        const container = getContainer()
        await forgetHistory(container)
        const second = await simulateHistory(container, options)
        expect(totals(second)).toEqual(totals(first))
      })

      it("finishes a run killed midway as if it had never stopped: no order twice, the same totals", async () => {
        const container = getContainer()
        await forgetHistory(container)
        // Stands in for a SIGKILL: the run stops after 2 orders (at most one more was in flight), before any event.
        await expect(simulateHistory(container, { ...options, orderConcurrency: 2, interruptAfterOrders: 2 })).rejects.toThrow(SimulationInterrupted)
        const partial = await standingOrders(container)
        expect(partial.orders).toBeGreaterThanOrEqual(2)
        expect(partial.orders).toBeLessThan(first.orders)

        // The same command again (another seed asked on purpose: the interrupted run is finished first, with its own).
        const resumed = await simulateHistory(container, { ...options, seed: 8 })
        expect(resumed.resumed).toMatchObject({ seed: options.seed, visitorsPerDay: options.visitorsPerDay })
        expect(totals(resumed)).toEqual(totals(first))
        expect(await standingOrders(container)).toEqual({ orders: first.orders, keys: first.orders, events: first.events })

        // Once finished, running it again adds nothing.
        const again = await simulateHistory(container, options)
        expect(again).toMatchObject({ days: 0, sessions: 0, orders: 0, resumed: null })
        expect(await standingOrders(container)).toEqual({ orders: first.orders, keys: first.orders, events: first.events })
      })

      describe("killed inside a week written in bulk", () => {
        // One uninterrupted run on the same shop: what the interrupted and resumed one must match.
        let reference: { report: HistoryReport; orders: Awaited<ReturnType<typeof liveOrders>>; used: Record<string, number>; levels: Map<string, Level> }

        beforeAll(async () => {
          const container = getContainer()
          await forgetHistory(container)
          await promotionCounters(container)
          await raiseCounters(container)
          const before = await promotionCounters(container)
          const report = await simulateHistory(container, options)
          reference = { report, orders: await liveOrders(container), used: counterChanges(before, await promotionCounters(container)), levels: await inventoryLevels(container) }
        })

        const kills: { name: string; hook: BulkKillHook }[] = [
          { name: "between an order's note and its promotion uses' registration", hook: { phase: "usage", afterOrders: 2 } },
          { name: "after the orders, reservations and payments, before the cart links", hook: { phase: "write" } },
        ]
        for (const { name, hook } of kills) {
          it(`gives the same orders, stock and promotion counters when killed ${name}`, async () => {
            const container = getContainer()
            expect(Object.values(reference.used).some((used) => used > 0)).toBe(true)
            await forgetHistory(container)
            await promotionCounters(container)
            await raiseCounters(container)
            const before = await promotionCounters(container)
            await expect(simulateHistory(container, { ...options, killBulkWeek: hook })).rejects.toThrow(SimulatedKill)
            if (hook.phase === "write") expect((await liveOrders(container)).unlinked).toBeGreaterThan(0)
            else expect(Object.values(counterChanges(before, await promotionCounters(container))).some((used) => used > 0)).toBe(true)

            const resumed = await simulateHistory(container, options)
            expect(resumed.resumed).toMatchObject({ seed: options.seed })
            expect(totals(resumed)).toEqual(totals(reference.report))
            expect(await liveOrders(container)).toEqual({ ...reference.orders, unlinked: 0 })
            expect(counterChanges(before, await promotionCounters(container))).toEqual(reference.used)
            const levels = await inventoryLevels(container)
            for (const [item, level] of reference.levels) expect([item, levels.get(item)?.reserved_quantity]).toEqual([item, level.reserved_quantity])
          })
        }

        it("gives the uses back once when a return fails midway: the ones not yet given back stay noted", async () => {
          const container = getContainer()
          await forgetHistory(container)
          await promotionCounters(container)
          await raiseCounters(container)
          const before = await promotionCounters(container)
          await expect(simulateHistory(container, { ...options, killBulkWeek: { phase: "usage", afterOrders: 2 } })).rejects.toThrow(SimulatedKill)

          // The second return fails (a lost database connection, say): the first went back, the rest must not be dropped.
          const promotion = container.resolve(Modules.PROMOTION)
          const revertUsage = promotion.revertUsage.bind(promotion)
          let calls = 0
          promotion.revertUsage = (async (...args: Parameters<typeof revertUsage>) => {
            if (++calls === 2) throw new Error("connection lost")
            return revertUsage(...args)
          }) as typeof promotion.revertUsage
          try {
            await expect(undoUnfinishedBulkOrders(container)).rejects.toThrow("connection lost")
          } finally {
            promotion.revertUsage = revertUsage
          }
          expect((await undoUnfinishedBulkOrders(container)).usageReturned).toHaveLength(1)
          expect(Object.values(counterChanges(before, await promotionCounters(container))).every((used) => used === 0)).toBe(true)
          // Nothing left to give back: a third undo changes no counter.
          expect((await undoUnfinishedBulkOrders(container)).usageReturned).toEqual([])

          const resumed = await simulateHistory(container, options)
          expect(totals(resumed)).toEqual(totals(reference.report))
          expect(counterChanges(before, await promotionCounters(container))).toEqual(reference.used)
        })

        it("refuses only the order whose promotion use a live checkout exhausted meanwhile", async () => {
          const container = getContainer()
          await forgetHistory(container)
          await promotionCounters(container)
          await raiseCounters(container)
          // The first registration meets a limit a concurrent Store API checkout just reached.
          const promotion = container.resolve(Modules.PROMOTION)
          const registerUsage = promotion.registerUsage.bind(promotion)
          let calls = 0
          promotion.registerUsage = (async (...args: Parameters<typeof registerUsage>) => {
            if (++calls === 1) throw new Error("Promotion usage exceeds the limit")
            return registerUsage(...args)
          }) as typeof promotion.registerUsage
          const lines: string[] = []
          let report: HistoryReport
          try {
            report = await simulateHistory(container, { ...options, log: (line: string) => lines.push(line) })
          } finally {
            promotion.registerUsage = registerUsage
          }
          expect(report.orders).toBe(reference.report.orders - 1)
          expect(lines.filter((line) => line.includes("commande refusée par Medusa : Promotion usage exceeds the limit"))).toHaveLength(1)
          expect(await liveOrders(container)).toMatchObject({ orders: reference.orders.orders - 1, unlinked: 0, strayPayments: 0 })
          // Its note went with it: an undo now finds nothing to give back.
          expect((await undoUnfinishedBulkOrders(container)).usageReturned).toEqual([])
        })
      })
    })

    describe("the simulated orders' stock", () => {
      it("never oversells: the last units go to the first orders of the plan, the others are refused", async () => {
        const container = getContainer()
        const apron = await variantBySku(container, "TABLIER-LIN")
        const { reserved_quantity: reserved } = await level(container, apron.inventoryItemId)
        await setStock(container, apron.inventoryItemId, reserved + 2)
        // Five buyers of one apron each, placed side by side as the history places them.
        const visits = Array.from(
          { length: 5 },
          (_, index) =>
            ({
              visitorId: `sim-oversell-${index}`,
              sessionId: `oversell-session-${index}`,
              cart: [{ productId: "", variantId: apron.id, quantity: 1, unitPrice: 0 }],
              promoCode: null,
              outcome: "order",
              steps: [],
            }) as unknown as simulator.VisitPlan
        )
        const shop = await readShopContext(container)
        const outcomes = await placePlannedOrders(new OrderPlacer(container, shop), new KeyedQueue(4), visits, shop.countryCode, () => {})
        expect(visits.map((visit) => outcomes.get(visit) !== null)).toEqual([true, true, false, false, false])
        expect(await level(container, apron.inventoryItemId)).toMatchObject({ stocked_quantity: reserved + 2, reserved_quantity: reserved + 2 })
      })
    })

    describe("the simulated market's live mode", () => {
      it("sends visitors over HTTP until stopped: pages, events through /ingest, orders through the Store API, all flagged", async () => {
        const container = getContainer()
        const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const startedAt = new Date()
        const { rows: before } = await db.raw(`SELECT count(*)::int AS n FROM "order"`)
        // The backend stands in for the storefront: its /ingest is the one the storefront forwards to.
        const backend = (api as { defaults: { baseURL: string } }).defaults.baseURL
        const lines: string[] = []
        const live = { rate: 30, seed: 3, visitorsPerDay: 300, storefront: backend, backend, publishableKey: null, maxPageMs: 100, log: (line: string) => lines.push(line) }
        // Arrivals for 6 s; the visits in progress then finish (their orders included).
        const report = await simulateLive(container, { ...live, durationMs: 6_000, signal: new AbortController().signal })
        expect(report.visitors, lines.join("\n")).toBeGreaterThanOrEqual(150)
        expect(report.errors, lines.join("\n")).toBe(0)
        expect(report.orders, lines.join("\n")).toBeGreaterThan(0)

        const { rows: web } = await db.raw(
          `SELECT count(*)::int AS events, count(DISTINCT session_id)::int AS sessions, bool_and(is_simulated) AS flagged, bool_or(is_bot) AS bots ` +
            `FROM captured_event WHERE lib = 'web' AND "timestamp" >= ?`,
          [startedAt]
        )
        expect(web[0]).toMatchObject({ events: report.events, flagged: true, bots: false })
        expect(web[0].sessions).toBeGreaterThan(0)
        const { rows: after } = await db.raw(`SELECT count(*)::int AS n FROM "order"`)
        expect(after[0].n - before[0].n).toBe(report.orders)
        const { rows: orderEvents } = await db.raw(
          `SELECT count(*)::int AS n, bool_and(is_simulated) AS flagged FROM captured_event WHERE event = 'order_placed' AND "timestamp" >= ?`,
          [startedAt]
        )
        expect(orderEvents[0]).toEqual({ n: report.orders, flagged: true })

        // Ctrl-C: arrivals stop and the visits in progress end at their next step.
        const controller = new AbortController()
        setTimeout(() => controller.abort(), 2_000)
        const stopped = await simulateLive(container, { ...live, maxPageMs: 30_000, durationMs: null, signal: controller.signal })
        expect(stopped.visitors).toBeGreaterThan(0)
        expect(stopped.seconds).toBeLessThan(15)
      })

      it("enters the promotion code once shipping is chosen, so a free-shipping code applies", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: keys } = await query.graph({ entity: "api_key", fields: ["token", "revoked_at"], filters: { type: "publishable" } })
        const token = (keys as { token: string; revoked_at: Date | null }[]).find((key) => !key.revoked_at)?.token as string
        const store = new StoreApi((api as { defaults: { baseURL: string } }).defaults.baseURL, token)
        const shop = await readShopContext(container)
        const bowl = await variantBySku(container, "BOL-GRES-ARDOISE")
        const visit = {
          visitorId: "sim-live-free-shipping",
          sessionId: "live-free-shipping",
          cart: [{ productId: "", variantId: bowl.id, quantity: 1, unitPrice: 0 }],
          promoCode: "LIVRAISONOFFERTE",
        } as unknown as simulator.VisitPlan
        const input = orderInputOf(visit, shop.countryCode)
        const cartId = await store.createCart(input, shop.regionId)
        // A home delivery, which costs something to offer.
        await store.addShippingMethod(cartId, (options) => (options.find((option) => option.name.startsWith("Livraison")) ?? options[0])!.id)
        expect(await store.enterPromoCode(cartId, "CODE-INCONNU")).toBe(false)
        expect(await store.enterPromoCode(cartId, "LIVRAISONOFFERTE")).toBe(true)
        const orderId = await store.checkout(cartId)
        const { data } = await query.graph({
          entity: "order",
          fields: ["shipping_total", "shipping_methods.amount", "promotions.code"],
          filters: { id: orderId },
        })
        const order = data[0] as { shipping_total: unknown; shipping_methods: { amount: unknown }[]; promotions: { code: string }[] }
        expect(Number(order.shipping_methods[0]?.amount)).toBeGreaterThan(0)
        expect(Number(order.shipping_total)).toBe(0)
        expect(order.promotions.map((promotion) => promotion.code)).toEqual(["LIVRAISONOFFERTE"])
      })
    })
  },
})

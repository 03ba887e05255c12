import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { simulateHistory, type HistoryReport } from "../../src/scripts/simulate/history"
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

const totals = (report: HistoryReport) => ({
  sessions: report.sessions,
  events: report.events,
  orders: report.orders,
  sessionsByChannel: report.sessionsByChannel,
  ordersByChannel: report.ordersByChannel,
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
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
        // Back to the shop as it was: orders cancelled (their stock released), events removed.
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
        for (const order of orders) await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`DELETE FROM captured_event`)
        const second = await simulateHistory(container, options)
        expect(totals(second)).toEqual(totals(first))
      })
    })
  },
})

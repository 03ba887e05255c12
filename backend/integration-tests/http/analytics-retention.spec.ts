import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import purgeAnalyticsEventsJob, { config as jobConfig } from "../../src/jobs/purge-analytics-events"
import { EVENT_STORE_MODULE, type EventStoreModuleService } from "../../src/modules/event-store"

// The retention purge (CNIL: raw audience events kept at most 25 months) against real Postgres,
// with a fixed clock: events and visit rollups 26 months old go, 24 months old stay.

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

const NOW = new Date("2026-11-29T12:00:00.000Z")
const monthsBefore = (months: number, from = NOW) => {
  const date = new Date(from.getTime())
  date.setUTCMonth(date.getUTCMonth() - months)
  return date
}

async function insertVisit(db: Knex, session: string, at: Date, events = 3): Promise<void> {
  for (let i = 0; i < events; i++) {
    await db.raw(
      `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, lib, properties)
       VALUES (?, '$pageview', ?, ?, ?, '/fr', 'web', '{}')`,
      [randomUUID(), `visitor-${session}`, session, new Date(at.getTime() + i * 1000).toISOString()]
    )
  }
  await db.raw(
    `INSERT INTO captured_session (session_id, distinct_id, started_at, ended_at, pageviews, interactions, viewed_product,
       added_to_cart, started_checkout, is_simulated)
     VALUES (?, ?, ?, ?, ?, 0, false, false, false, false)`,
    [session, `visitor-${session}`, at.toISOString(), at.toISOString(), events]
  )
  await db.raw(
    `INSERT INTO captured_session_page (session_id, pathname, distinct_id, started_at, is_simulated, pageviews)
     VALUES (?, '/fr', ?, ?, false, ?)`,
    [session, `visitor-${session}`, at.toISOString(), events]
  )
}

async function sessionsLeft(db: Knex): Promise<{ events: string[]; rollups: string[] }> {
  const events = await db.raw(`SELECT DISTINCT session_id FROM captured_event ORDER BY session_id`)
  const rollups = await db.raw(
    `SELECT session_id FROM captured_session UNION SELECT session_id FROM captured_session_page ORDER BY session_id`
  )
  return { events: events.rows.map((r) => r.session_id), rollups: rollups.rows.map((r) => r.session_id) }
}

medusaIntegrationTestRunner({
  testSuite: ({ dbConnection, getContainer }) => {
    const db = dbConnection as unknown as Knex

    describe("analytics retention purge", () => {
      beforeEach(async () => {
        await db.raw(`DELETE FROM captured_event`)
        await db.raw(`DELETE FROM captured_session`)
        await db.raw(`DELETE FROM captured_session_page`)
      })

      it("deletes events and visit rollups older than 25 months, in batches, and keeps the 24-month-old ones", async () => {
        await insertVisit(db, "old-26", monthsBefore(26), 5)
        await insertVisit(db, "kept-24", monthsBefore(24), 3)
        await insertVisit(db, "recent", monthsBefore(0, new Date(NOW.getTime() - 3_600_000)), 2)

        const eventStore = getContainer().resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
        // A batch of 2 over 5 expired events: three statements, the last one short.
        const result = await eventStore.purgeExpiredEvents({ now: NOW, batchSize: 2 })

        expect(result.cutoff.toISOString()).toBe("2024-10-29T12:00:00.000Z")
        expect(result).toMatchObject({ events: 5, rollupRows: 2 })
        expect(await sessionsLeft(db)).toEqual({ events: ["kept-24", "recent"], rollups: ["kept-24", "recent"] })

        // Nothing left to do: a second run deletes nothing.
        expect(await eventStore.purgeExpiredEvents({ now: NOW })).toMatchObject({ events: 0, rollupRows: 0 })
      })

      it("follows a shorter configured retention", async () => {
        await insertVisit(db, "kept-24", monthsBefore(24), 1)
        await insertVisit(db, "recent", monthsBefore(1), 1)
        const eventStore = getContainer().resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
        expect(eventStore.getRetentionMonths()).toBe(25)
        const result = await eventStore.purgeExpiredEvents({ now: NOW, retentionMonths: 13 })
        expect(result.events).toBe(1)
        expect((await sessionsLeft(db)).events).toEqual(["recent"])
      })

      it("runs daily as a scheduled job, against today's date", async () => {
        expect(jobConfig.schedule).toMatch(/^\d+ \d+ \* \* \*$/)
        await insertVisit(db, "old-26", monthsBefore(26, new Date()), 2)
        await insertVisit(db, "kept-24", monthsBefore(24, new Date()), 2)
        await purgeAnalyticsEventsJob(getContainer())
        expect(await sessionsLeft(db)).toEqual({ events: ["kept-24"], rollups: ["kept-24"] })
      })
    })
  },
})

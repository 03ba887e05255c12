import { type QueryFn, refreshRollups } from "@comptoir/analytics"
import type { Client } from "pg"
import { type BenchData, clearBenchData, generateEvents, generateOrders } from "./reports-data"

// Brings a bench database to a history of `data.events` events with built rollups. A database
// kept from an earlier run (--keep) that already holds that many events is reused as it is:
// 10M events take many minutes to write, their rollups many more. Its rollups are rebuilt when
// empty or when a migration reset their watermark (what a migration changing their contents does).

const ROLLUP_TABLES = ["captured_session", "captured_session_page", "captured_session_product"]
/** Events are written in slices so that progress shows and no single statement runs for half an hour. */
const SLICE = 1_000_000

const generatedCount = async (client: Client): Promise<number> =>
  Number((await client.query(`SELECT count(*) AS n FROM captured_event WHERE uuid LIKE 'bench-%' AND uuid NOT LIKE 'bench-late-%'`)).rows[0].n)

export interface Prepared {
  /** null when the history was reused. */
  generateMs: number | null
  /** null when the rollups were reused. */
  rollupMs: number | null
  sessions: number
}

export async function prepareHistory(client: Client, query: QueryFn, data: BenchData, say: (line: string) => void): Promise<Prepared> {
  let generateMs: number | null = null
  if ((await generatedCount(client)) !== data.events) {
    const start = performance.now()
    await clearBenchData(client)
    await client.query(`DELETE FROM captured_event WHERE uuid LIKE 'bench-%'`)
    for (const table of ROLLUP_TABLES) await client.query(`TRUNCATE ${table}`)
    // Secondary indexes are dropped during the bulk write and rebuilt once after: several
    // times faster than maintaining them row by row. Their definitions are read from the
    // catalogue, so the migrations stay the only place that says what they are.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename = 'captured_event' AND indexname <> 'captured_event_pkey'`
    )
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`)
    try {
      for (let from = 0; from < data.events; from += SLICE) {
        await generateEvents(client, data, from, Math.min(from + SLICE, data.events))
        say(`  ${Math.min(from + SLICE, data.events).toLocaleString("en-US")} events written`)
      }
    } finally {
      for (const index of indexes) await client.query(index.definition)
    }
    const orders = await generateOrders(client, data)
    await client.query("VACUUM ANALYZE captured_event")
    generateMs = performance.now() - start
    say(`generated ${data.events.toLocaleString("en-US")} events over ${data.days} days and ${orders} orders in ${(generateMs / 1000).toFixed(1)} s`)
  }
  const { rows: [state] } = await client.query(
    `SELECT (SELECT count(*) FROM captured_session) AS n, watermark = '-infinity' AS reset FROM captured_rollup_state WHERE id = 1`
  )
  const built = Number(state?.n ?? 0)
  if (generateMs === null && built > 0 && !state?.reset) {
    // What autovacuum would have done since the last run (the bench server may run without it):
    // the late events of earlier runs leave dead row versions and pages that index-only scans,
    // which the visit reports use (Migration20261129230000), must check in the table.
    for (const table of ROLLUP_TABLES) await client.query(`VACUUM ANALYZE ${table}`)
    return { generateMs, rollupMs: null, sessions: built }
  }

  for (const table of ROLLUP_TABLES) await client.query(`TRUNCATE ${table}`)
  await client.query(`UPDATE captured_rollup_state SET watermark = '-infinity'`)
  const start = performance.now()
  const sessions = await refreshRollups(query)
  const rollupMs = performance.now() - start
  for (const table of ROLLUP_TABLES) await client.query(`VACUUM ANALYZE ${table}`)
  say(`rollups built from scratch: ${sessions.toLocaleString("en-US")} visits in ${(rollupMs / 1000).toFixed(1)} s (once, then incremental)`)
  // Refreshes look one minute back (rollup.ts, ROLLUP_MARGIN): wait it out, or the first timed
  // report would take the last events written again (in one pass, but still seconds).
  await new Promise((resolve) => setTimeout(resolve, 61_000))
  await refreshRollups(query)
  return { generateMs, rollupMs, sessions }
}

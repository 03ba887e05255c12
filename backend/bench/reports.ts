/**
 * `npm run bench:reports -w @comptoir/backend`: how fast the "Statistiques" reports answer over a
 * generated history (1,000,000 events over 35 days by default; BENCH_EVENTS=10000000 for the
 * 10M figure), for a 30-day period, against the 300 ms target (p95 over BENCH_RUNS runs).
 *
 * It creates and migrates a scratch database on BENCH_DATABASE_URL's server (or on an embedded
 * Postgres it starts), fills it with Postgres' generate_series, builds the rollups once (timed),
 * then runs every report. REPORTS_BENCH_DATABASE_URL=<url of a migrated database> reuses a
 * database instead (its bench rows are replaced).
 */
import os from "node:os"
import path from "node:path"
import {
  type QueryFn, type ReportFilter, getAcquisition, getConversion, getOverview, getProducts, getPromotions,
  getSeoTraffic, getTraffic, refreshRollups,
} from "@comptoir/analytics"
import { Client } from "pg"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/lib/embedded-db"
import { dataDir } from "../scripts/lib/paths"
import { clearBenchData, generateEvents, generateOrders } from "./reports-data"
import { createMigratedDatabase, dropDatabase } from "./scratch-backend"

const say = (line: string) => process.stdout.write(`[bench:reports] ${line}\n`)
const int = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`)
  return value
}
const settings = { events: int("BENCH_EVENTS", 1_000_000), runs: int("BENCH_RUNS", 10), embeddedPort: int("BENCH_PG_PORT", 54359) }
const TARGET_MS = settings.events > 2_000_000 ? 1500 : 300

const REPORTS: [string, (query: QueryFn, filter: ReportFilter) => Promise<unknown>][] = [
  ["overview", getOverview],
  ["traffic", getTraffic],
  ["acquisition", getAcquisition],
  ["conversion", getConversion],
  ["products", getProducts],
  ["promotions", getPromotions],
  ["referencement", (query, filter) => getSeoTraffic(query, filter)],
]

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] as number
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

async function bench(client: Client): Promise<void> {
  // Same setting as the admin routes (reports.ts in the backend): JIT compiles for seconds here.
  await client.query("SET jit = off")
  const query: QueryFn = async (sql, params) => (await client.query(sql, params as unknown[])).rows
  const end = new Date(Date.UTC(2026, 10, 29))
  const data = { events: settings.events, days: 35, end }
  await clearBenchData(client)
  for (const table of ["captured_session", "captured_session_page", "captured_session_product"]) await client.query(`TRUNCATE ${table}`)
  await client.query(`UPDATE captured_rollup_state SET watermark = '-infinity'`)
  const [, generateMs] = await timed(() => generateEvents(client, data))
  const [orders] = await timed(() => generateOrders(client, data))
  say(`generated ${settings.events.toLocaleString("en-US")} events over 35 days in ${(generateMs / 1000).toFixed(1)} s, ${orders} orders`)
  await client.query("VACUUM ANALYZE captured_event")
  const [sessions, buildMs] = await timed(() => refreshRollups(query))
  for (const table of ["captured_session", "captured_session_page", "captured_session_product"]) await client.query(`VACUUM ANALYZE ${table}`)
  say(`rollups built from scratch: ${sessions.toLocaleString("en-US")} visits in ${(buildMs / 1000).toFixed(1)} s (once, then incremental)`)
  // Refreshes look one minute back (rollup.ts, ROLLUP_MARGIN): wait it out, or the first timed
  // report would redo the bulk import.
  await new Promise((resolve) => setTimeout(resolve, 61_000))
  await refreshRollups(query)

  const filter: ReportFilter = {
    period: { from: new Date(end.getTime() - 30 * 86_400_000).toISOString(), to: end.toISOString() },
    comparison: { from: new Date(end.getTime() - 60 * 86_400_000).toISOString(), to: new Date(end.getTime() - 30 * 86_400_000).toISOString() },
    includeSimulated: false,
    granularity: "day",
  }
  const rows: string[][] = [["report (30 days, vs previous 30)", "median", "p95", `target ${TARGET_MS} ms`]]
  for (const [name, run] of REPORTS) {
    await run(query, filter) // warm-up: caches, plans
    const times: number[] = []
    for (let index = 0; index < settings.runs; index++) times.push((await timed(() => run(query, filter)))[1])
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] as number
    const worst = p95(times)
    rows.push([name, `${median.toFixed(0)} ms`, `${worst.toFixed(0)} ms`, worst <= TARGET_MS ? "ok" : "SLOWER"])
  }

  // Late events: 1,000 events of old visits arrive now; the next refresh must take them in.
  await client.query(`
    INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, is_bot, is_simulated, properties)
    SELECT 'bench-late-' || n, '$pageview', 'v1', 's' || (n * 800), now() - interval '20 days', '/fr/late', false, false, '{}'
    FROM generate_series(1, 1000) AS n`)
  const [late, lateMs] = await timed(() => refreshRollups(query))
  const [, idleMs] = await timed(() => refreshRollups(query))
  rows.push([`refresh after 1,000 late events (${late} visits)`, `${lateMs.toFixed(0)} ms`, "", ""])
  rows.push(["refresh with nothing new", `${idleMs.toFixed(0)} ms`, "", ""])

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)))
  for (const row of rows) say(row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | "))
}

async function main(): Promise<void> {
  say(`machine: ${os.cpus().length} CPU, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2)}`)
  const reuse = process.env.REPORTS_BENCH_DATABASE_URL?.trim()
  let embedded: EmbeddedDatabase | undefined
  let serverUrl = process.env.BENCH_DATABASE_URL?.trim()
  const databaseName = `comptoir_reports_bench_${process.pid}`
  let databaseUrl = reuse
  try {
    if (!databaseUrl) {
      if (!serverUrl) {
        embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir(), "bench"), port: settings.embeddedPort, log: say })
        serverUrl = embedded.url
      }
      say("database: creating and migrating a scratch database…")
      databaseUrl = await createMigratedDatabase(serverUrl, databaseName, path.join(dataDir(), "bench", "logs"))
    }
    const client = new Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      await bench(client)
    } finally {
      await client.end()
    }
  } finally {
    if (!reuse && serverUrl) await dropDatabase(serverUrl, databaseName).catch((error: unknown) => say(`could not drop ${databaseName}: ${String(error)}`))
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:reports] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})

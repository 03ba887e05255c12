/**
 * `npm run bench:reports -w @comptoir/backend -- [--events 1000000,10000000] [--runs 10] [--keep]`:
 * how fast the "Statistiques" reports answer over a generated history (35 days of events), for
 * a 30-day period compared with the 30 days before, against the targets (p95: 300 ms over 1M
 * events, 1.5 s over 10M). One table, one pair of columns (median, p95) per history size.
 *
 * Each size gets its own database on BENCH_DATABASE_URL's server (or on an embedded Postgres
 * it starts), migrated, filled by Postgres' generate_series, its rollups built once (timed).
 * --keep keeps these databases (comptoir_reports_bench_<events>) and reuses their history on
 * the next run: 10M events take many minutes to write. A kept database gets the migrations added
 * since (its rollups are rebuilt when one of them reset the rollup watermark, as migrations that
 * change what the rollups hold do: reports-prepare.ts). REPORTS_BENCH_DATABASE_URL=<url of a
 * migrated database> runs a single size in that database instead.
 */
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import {
  type QueryFn, type ReportFilter, getAcquisition, getConversion, getOverview, getProducts, getPromotions,
  getSeoTraffic, getTraffic, refreshRollups,
} from "@comptoir/analytics"
import { Client, Pool } from "pg"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/lib/embedded-db"
import { backendDir, binary, dataDir } from "../scripts/lib/paths"
import { runStep } from "../scripts/lib/processes"
import { prepareHistory } from "./reports-prepare"
import { createMigratedDatabase, databaseUrlOn, dropDatabase } from "./scratch-backend"

const say = (line: string) => process.stdout.write(`[bench:reports] ${line}\n`)
const load = () => os.loadavg().map((value) => value.toFixed(1)).join(" / ")

const positive = (name: string, raw: string) => {
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`)
  return value
}
const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: process.env.BENCH_EVENTS ?? "1000000" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "10" },
    keep: { type: "boolean", default: false },
  },
})
const settings = {
  sizes: args.events.split(",").map((raw) => positive("--events", raw.trim())),
  runs: positive("--runs", args.runs),
  keep: args.keep,
  embeddedPort: positive("BENCH_PG_PORT", process.env.BENCH_PG_PORT ?? "54359"),
}
/** The targets: 300 ms over a million events, 1.5 s over ten million. */
const targetMs = (events: number) => (events > 2_000_000 ? 1500 : 300)

const REPORTS: [string, (query: QueryFn, filter: ReportFilter) => Promise<unknown>][] = [
  ["overview", getOverview],
  ["traffic", getTraffic],
  ["acquisition", getAcquisition],
  ["conversion", getConversion],
  ["products", getProducts],
  ["promotions", getPromotions],
  ["referencement", (query, filter) => getSeoTraffic(query, filter)],
]

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * share) - 1))] as number
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

interface SizeResult {
  events: number
  times: Map<string, { median: number; p95: number }>
  lateMs: number
  lateVisits: number
  idleMs: number
  load: string
}

async function benchSize(client: Client, url: string, events: number): Promise<SizeResult> {
  // Same setting as the admin routes (reports.ts in the backend): JIT compiles for seconds here.
  await client.query("SET jit = off")
  const query: QueryFn = async (sql, params) => (await client.query(sql, params as unknown[])).rows
  // The timed reports run on a pool of connections, as the admin routes run them (knexQuery on
  // Medusa's knex pool): statements a report sends together then run at once, each on its own
  // connection, as they do in the back office. The history is prepared on the single client.
  const pool = new Pool({ connectionString: url, max: 4, options: "-c jit=off" })
  try {
    return await timeReports(client, query, pool, events)
  } finally {
    await pool.end()
  }
}

async function timeReports(client: Client, query: QueryFn, pool: Pool, events: number): Promise<SizeResult> {
  const reportQuery: QueryFn = async (sql, params) => (await pool.query(sql, params as unknown[])).rows
  const end = new Date(Date.UTC(2026, 10, 29))
  await prepareHistory(client, query, { events, days: 35, end }, say)

  const filter: ReportFilter = {
    period: { from: new Date(end.getTime() - 30 * 86_400_000).toISOString(), to: end.toISOString() },
    comparison: { from: new Date(end.getTime() - 60 * 86_400_000).toISOString(), to: new Date(end.getTime() - 30 * 86_400_000).toISOString() },
    includeSimulated: false,
    granularity: "day",
  }
  const times = new Map<string, { median: number; p95: number }>()
  for (const [name, run] of REPORTS) {
    await run(reportQuery, filter) // warm-up: caches, plans
    const runs: number[] = []
    for (let index = 0; index < settings.runs; index++) runs.push((await timed(() => run(reportQuery, filter)))[1])
    times.set(name, { median: percentile(runs, 0.5), p95: percentile(runs, 0.95) })
    say(`  ${events.toLocaleString("en-US")} events, ${name}: median ${percentile(runs, 0.5).toFixed(0)} ms, p95 ${percentile(runs, 0.95).toFixed(0)} ms`)
  }
  const measuredLoad = load()

  // Late events: 1,000 events of old visits arrive now; the next refresh must take them in.
  // Their uuids are new on every run, so that a kept database measures the same work again.
  await client.query(
    `INSERT INTO captured_event (uuid, event, distinct_id, session_id, "timestamp", pathname, is_bot, is_simulated, properties)
     SELECT 'bench-late-' || $1::text || '-' || n, '$pageview', 'v1', 's' || (n * 800), $2::timestamptz - interval '20 days', '/fr/late', false, false, '{}'
     FROM generate_series(1, 1000) AS n`,
    [Date.now().toString(36), end.toISOString()]
  )
  const [lateVisits, lateMs] = await timed(() => refreshRollups(query))
  const [, idleMs] = await timed(() => refreshRollups(query))
  return { events, times, lateMs, lateVisits, idleMs, load: measuredLoad }
}

function printTable(results: SizeResult[]): void {
  const label = (events: number) => (events >= 1_000_000 ? `${events / 1_000_000}M` : events.toLocaleString("en-US"))
  const header = ["report (30 days, vs previous 30)"]
  for (const result of results) header.push(`${label(result.events)} median`, `${label(result.events)} p95`, `target ${targetMs(result.events)} ms`)
  const rows = [header]
  for (const [name] of REPORTS) {
    const row = [name]
    for (const result of results) {
      const time = result.times.get(name)!
      row.push(`${time.median.toFixed(0)} ms`, `${time.p95.toFixed(0)} ms`, time.p95 <= targetMs(result.events) ? "ok" : "SLOWER")
    }
    rows.push(row)
  }
  const extra = (name: string, cell: (result: SizeResult) => string) => rows.push([name, ...results.flatMap((result) => [cell(result), "", ""])])
  extra("refresh after 1,000 late events", (result) => `${result.lateMs.toFixed(0)} ms (${result.lateVisits} visits)`)
  extra("refresh again at once (redoes the last minute)", (result) => `${result.idleMs.toFixed(0)} ms`)
  extra("load average 1/5/15 min", (result) => result.load)
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)))
  for (const row of rows) say(row.map((cell, column) => cell.padEnd(widths[column]!)).join(" | "))
  say(`${settings.runs} timed runs per report after one warm-up; ${os.cpus().length} CPU; load average at the end of each size's runs.`)
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withClient(databaseUrlOn(serverUrl, "postgres"), async (client) =>
    (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1)
}

async function main(): Promise<void> {
  say(`machine: ${os.cpus().length} CPU, Node ${process.version}, load average ${load()}`)
  const reuse = process.env.REPORTS_BENCH_DATABASE_URL?.trim()
  if (reuse && settings.sizes.length > 1) throw new Error("REPORTS_BENCH_DATABASE_URL holds one history: give a single --events")
  let embedded: EmbeddedDatabase | undefined
  let serverUrl = process.env.BENCH_DATABASE_URL?.trim()
  const results: SizeResult[] = []
  try {
    if (!reuse && !serverUrl) {
      embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir(), "bench"), port: settings.embeddedPort, log: say })
      serverUrl = embedded.url
    }
    for (const events of settings.sizes) {
      const name = settings.keep ? `comptoir_reports_bench_${events}` : `comptoir_reports_bench_${process.pid}_${events}`
      let url = reuse
      if (!url && serverUrl) {
        if (settings.keep && (await databaseExists(serverUrl, name))) {
          url = databaseUrlOn(serverUrl, name)
          say(`database ${name}: kept, applying newer migrations…`)
          await runStep({
            name: `migrate-${name}`,
            command: binary("medusa"),
            args: ["db:migrate"],
            cwd: backendDir,
            env: { ...process.env, DATABASE_URL: url, MEDUSA_DISABLE_TELEMETRY: "true", REDIS_URL: undefined },
            logDir: path.join(dataDir(), "bench", "logs"),
            echo: false,
          })
        } else {
          say(`database ${name}: creating and migrating…`)
          url = await createMigratedDatabase(serverUrl, name, path.join(dataDir(), "bench", "logs"))
        }
      }
      try {
        results.push(await withClient(url!, (client) => benchSize(client, url!, events)))
      } finally {
        if (!reuse && !settings.keep && serverUrl) {
          await dropDatabase(serverUrl, name).catch((error: unknown) => say(`could not drop ${name}: ${String(error)}`))
        }
      }
    }
    printTable(results)
  } finally {
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:reports] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})

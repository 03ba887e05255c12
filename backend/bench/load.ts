/**
 * `npm run bench:load -w backend -- [--duration 120] [--visitors 30] [--order-share 0.3]`:
 * simulated visitors browse, send analytics events and order on a running shop, from a second
 * process on loopback, for a bounded time. Then every acknowledged event must be in the event
 * store and every acknowledged order in the orders; prints throughput and latencies per route
 * group, and exits 1 on any 5xx, lost order or lost event.
 *
 * It starts nothing: run `npm start` first (shop on http://localhost:9000, embedded Postgres on
 * 54329), or point it elsewhere with BENCH_BACKEND_URL and BENCH_DATABASE_URL (the backend's
 * DATABASE_URL, read to check the events and orders). It writes orders and events into that
 * shop: run it on a test shop, not a class's. The starter shop's small stock runs out within
 * minutes: checkouts refused for stock are expected and counted apart.
 */
import { fork } from "node:child_process"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { embeddedDatabaseUrl } from "../src/config/schema"
import { formatTable, summarise, type VisitorReport } from "./load-stats"
import type { VisitorOptions } from "./load-visitors"

const say = (line: string) => process.stdout.write(`[bench:load] ${line}\n`)

function flag(name: string, fallback: number, { min, max }: { min: number; max: number }): number {
  const index = process.argv.indexOf(`--${name}`)
  const raw = index >= 0 ? process.argv[index + 1] : undefined
  const value = raw === undefined ? fallback : Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be between ${min} and ${max}, got "${raw}"`)
  return value
}

const backendUrl = (process.env.BENCH_BACKEND_URL?.trim() || "http://localhost:9000").replace(/\/$/, "")
const databaseUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || embeddedDatabaseUrl()

async function checkBackend(): Promise<void> {
  try {
    const response = await fetch(`${backendUrl}/health`, { signal: AbortSignal.timeout(5_000) })
    if (response.ok) return
  } catch {
    // Explained below.
  }
  throw new Error(
    `no backend answers on ${backendUrl}/health. Start the shop with \`npm start\` (then run this again), or set ` +
      "BENCH_BACKEND_URL to a running backend and BENCH_DATABASE_URL to its database."
  )
}

/** The visitors in a child process, so their own CPU is not the backend's event loop; killed if they overrun. */
function runVisitorProcess(options: VisitorOptions): Promise<VisitorReport> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "load-visitors.ts"), [JSON.stringify(options)], { execArgv: ["--import", "tsx"] })
    const hardStop = setTimeout(() => child.kill("SIGKILL"), (options.durationSeconds + 90) * 1000)
    child.on("message", (message: { type: string; report?: VisitorReport; message?: string }) => {
      if (message.type === "report" && message.report) resolve(message.report)
      else reject(new Error(`visitor process failed: ${message.message}`))
    })
    child.on("exit", (code) => {
      clearTimeout(hardStop)
      reject(new Error(`visitor process exited (${code}) without a report`))
    })
  })
}

/** Those of `ids` the table does not hold, looked up a thousand at a time. */
async function missing(client: Client, sql: string, ids: string[]): Promise<string[]> {
  const found = new Set<string>()
  for (let start = 0; start < ids.length; start += 1_000) {
    const { rows } = await client.query<{ id: string }>(sql, [ids.slice(start, start + 1_000)])
    for (const row of rows) found.add(row.id)
  }
  return ids.filter((id) => !found.has(id))
}

async function main(): Promise<void> {
  const options: VisitorOptions = {
    backendUrl,
    visitors: flag("visitors", 30, { min: 1, max: 200 }),
    durationSeconds: flag("duration", 120, { min: 5, max: 900 }),
    orderShare: flag("order-share", 0.3, { min: 0, max: 1 }),
    seed: Date.now() % 1_000_000_007,
  }
  await checkBackend()
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    say(`machine: ${os.cpus().length} CPU, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2)}`)
    say(`${options.visitors} visitors for ${options.durationSeconds} s on ${backendUrl} (order share ${options.orderShare})…`)
    const report = await runVisitorProcess(options)
    const seconds = (report.endedAt - report.startedAt) / 1000

    const lostEvents = await missing(client, `SELECT uuid AS id FROM captured_event WHERE uuid = ANY($1::text[])`, report.acknowledgedEvents)
    const lostOrders = await missing(
      client,
      `SELECT id FROM "order" WHERE id = ANY($1::text[]) AND deleted_at IS NULL`,
      report.orders.map((order) => order.orderId)
    )
    const doubled = report.orders.length - new Set(report.orders.map((order) => order.cartId)).size
    const rows = summarise(report.samples, seconds)
    const serverErrors = rows.find((row) => row.group === "all")?.status5xx ?? 0

    process.stdout.write(`\n${formatTable(rows)}\n\n`)
    say(`${report.visits} visits in ${seconds.toFixed(1)} s, load average at the end ${os.loadavg()[0]?.toFixed(2)}`)
    say(`orders acknowledged: ${report.orders.length}, refused for stock: ${report.outOfStock}, checkouts left unanswered then retried: ${report.unanswered}`)
    say(`events acknowledged: ${report.acknowledgedEvents.length}`)
    say(`5xx: ${serverErrors}, lost orders: ${lostOrders.length}, lost events: ${lostEvents.length}, carts with two orders: ${doubled}`)
    if (serverErrors > 0 || lostOrders.length > 0 || lostEvents.length > 0 || doubled > 0) {
      if (lostOrders.length > 0) say(`lost orders: ${lostOrders.slice(0, 10).join(", ")}`)
      if (lostEvents.length > 0) say(`lost events: ${lostEvents.slice(0, 10).join(", ")}`)
      process.exitCode = 1
    }
  } finally {
    await client.end()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:load] ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})

/**
 * Benchmark of the simulated market's history mode (issue 7): a scratch database with the demo
 * shop, then `simulate days=90 visitors=300 seed=42` through `medusa exec`, as `npm run simulate`
 * runs it (orders in bulk, the default). Target: under 2 minutes for ≈27,000 sessions and ≥ 500
 * orders on the 2-core machine.
 *
 *   npm run bench -w @comptoir/seed
 *   BENCH_DATABASE_URL=postgres://postgres@localhost:5432/postgres  (a server to create the scratch database on;
 *     default: the embedded Postgres under the data folder)
 *   BENCH_DAYS, BENCH_VISITORS, BENCH_SEED  (defaults 90, 300, 42)
 *   BENCH_KEEP_DATABASE=1  keeps the scratch database (its URL is printed)
 *   BENCH_ORDERS=store-api  the orders through the Store API's workflows, one by one (~1 s each)
 */
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/lib/embedded-db"
import { backendDir, binary, dataDir, repoRoot } from "../scripts/lib/paths"
import { runStep } from "../scripts/lib/processes"
import { createMigratedDatabase, dropDatabase } from "./scratch-backend"

const say = (line: string) => process.stdout.write(`[bench:simulate] ${line}\n`)
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback

function execEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const secret = () => randomBytes(32).toString("hex")
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secret(),
    COOKIE_SECRET: secret(),
    MEDUSA_DISABLE_TELEMETRY: "true",
    REDIS_URL: undefined,
  }
}

interface SimulationReport {
  seconds: number
  days: number
  sessions: number
  events: number
  orders: number
  failedOrders: number
  orderSeconds: number
  orderPhases?: Record<string, number>
}

async function main(): Promise<void> {
  const days = setting("BENCH_DAYS", 90)
  const visitors = setting("BENCH_VISITORS", 300)
  const seed = setting("BENCH_SEED", 42)
  const logDir = path.join(dataDir(), "bench", "logs")
  let embedded: EmbeddedDatabase | undefined
  let serverUrl = process.env.BENCH_DATABASE_URL?.trim()
  if (!serverUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir(), "bench"), port: setting("BENCH_EMBEDDED_PORT", 54339), log: say })
    serverUrl = embedded.url
  }
  const databaseName = `comptoir_bench_simulate_${process.pid}`
  const keep = process.env.BENCH_KEEP_DATABASE === "1"
  try {
    say(`machine: ${os.cpus().length} CPU, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2)}`)
    await runStep({
      name: "build-seed",
      command: binary("turbo"),
      args: ["run", "build", "--filter=@comptoir/seed", "--output-logs=errors-only"],
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
      logDir,
      echo: false,
    })
    say("database: creating and migrating a scratch database (~15 s)…")
    const databaseUrl = await createMigratedDatabase(serverUrl, databaseName, logDir)
    const env = execEnv(databaseUrl)
    say("demo shop: installing (bootstrap)…")
    await runStep({ name: "bench-bootstrap", command: binary("medusa"), args: ["exec", "./src/scripts/bootstrap.ts"], cwd: backendDir, env, logDir, echo: false })
    const reportFile = path.join(logDir, `simulate-report-${process.pid}.json`)
    say(`simulation: ${days} days × ${visitors} visitors/day, seed ${seed}…`)
    const startedAt = Date.now()
    await runStep({
      name: "bench-simulate",
      command: binary("medusa"),
      args: [
        "exec",
        "./src/scripts/simulate.ts",
        `days=${days}`,
        `visitors=${visitors}`,
        `seed=${seed}`,
        `orders=${process.env.BENCH_ORDERS === "store-api" ? "store-api" : "bulk"}`,
        `report=${reportFile}`,
      ],
      cwd: backendDir,
      env,
      logDir,
      echo: false,
    })
    const wallSeconds = (Date.now() - startedAt) / 1000
    const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as SimulationReport
    fs.rmSync(reportFile, { force: true })
    const rows: [string, string][] = [
      ["days × visitors/day", `${days} × ${visitors}`],
      ["wall time, medusa exec (s)", wallSeconds.toFixed(1)],
      ["simulation time (s)", report.seconds.toFixed(1)],
      ["  of which placing orders (s)", report.orderSeconds.toFixed(1)],
      ["  of which visits and events (s)", (report.seconds - report.orderSeconds).toFixed(1)],
      ["seconds per order (wall, orders side by side)", (report.orderSeconds / Math.max(1, report.orders)).toFixed(2)],
      ...Object.entries(report.orderPhases ?? {}).map(
        ([phase, seconds]): [string, string] => [
          `  ${phase}, s in all (ms per order)`,
          `${seconds.toFixed(1)} (${Math.round((seconds * 1000) / Math.max(1, report.orders))})`,
        ]
      ),
      ["sessions", String(report.sessions)],
      ["events stored", String(report.events)],
      ["orders placed", String(report.orders)],
      ["orders refused by Medusa", String(report.failedOrders)],
      ["events/s (simulation time)", Math.round(report.events / report.seconds).toString()],
      ["events/s (visits and events only)", Math.round(report.events / Math.max(0.001, report.seconds - report.orderSeconds)).toString()],
      ["load average at the end", os.loadavg()[0]?.toFixed(2) ?? "?"],
      ["target: wall time < 120 s", wallSeconds < 120 ? "met" : "NOT met"],
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`)
    if (keep) say(`scratch database kept: ${databaseUrl}`)
  } finally {
    if (!keep) await dropDatabase(serverUrl, databaseName).catch(() => {})
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench:simulate] ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})

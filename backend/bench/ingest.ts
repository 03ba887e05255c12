/**
 * `npm run bench`: sustained capture throughput through the real HTTP route, compared with a
 * raw COPY of the same rows into the same table (the physical limit on this machine).
 *
 * It starts its own backend (`medusa start`, production mode) on BENCH_PORT against a database
 * it creates and drops on BENCH_DATABASE_URL's server (or on an embedded Postgres it starts),
 * sends posthog-js-sized gzip batches with several connections, checks that every
 * acknowledged event is in the table, then prints medians over the runs.
 */
import os from "node:os"
import path from "node:path"
import { type NormalisedEvent, normaliseCapture } from "@comptoir/analytics"
import { Client } from "pg"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/lib/embedded-db"
import { dataDir } from "../scripts/lib/paths"
import { EVENT_TABLE } from "../src/modules/event-store/columns"
import { copyRows, encodeCopyRows } from "./copy-baseline"
import { cpuAccountingAvailable, startCpuCount, type CpuSample } from "./cpu-usage"
import { httpRun, type HttpRun } from "./http-run"
import { gzipBatch, posthogBatch } from "./payloads"
import { printReport } from "./report"
import { createMigratedDatabase, dropDatabase, startBackend, type ScratchBackend, viaUnixSocket } from "./scratch-backend"

function intSetting(name: string, fallback: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`)
  return value
}

const settings = {
  port: intSetting("BENCH_PORT", 9200),
  runs: intSetting("BENCH_RUNS", 3),
  connections: intSetting("BENCH_CONNECTIONS", 8),
  requestsPerRun: intSetting("BENCH_REQUESTS", 2_000),
  eventsPerBatch: intSetting("BENCH_BATCH_SIZE", 50),
  embeddedPort: intSetting("BENCH_PG_PORT", 54359),
}
const say = (line: string) => process.stdout.write(`[bench] ${line}\n`)

async function countAndTruncate(client: Client): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "${EVENT_TABLE}"`)
  await client.query(`TRUNCATE "${EVENT_TABLE}"`)
  await client.query(`VACUUM ANALYZE "${EVENT_TABLE}"`)
  return Number(rows[0]?.count ?? 0)
}

/** posthog-js batches and, for the COPY baseline, the very rows the ingest makes of them. */
function prepareLoad() {
  const now = Date.now()
  const bodies = Array.from({ length: settings.requestsPerRun }, (_, batchIndex) =>
    gzipBatch(posthogBatch({ batchIndex, eventsPerBatch: settings.eventsPerBatch, seed: 1, now }))
  )
  const rows: NormalisedEvent[] = []
  for (const body of bodies) {
    const result = normaliseCapture({ body })
    if (!result.ok) throw new Error(`generated batch refused: ${result.reason}`)
    rows.push(...result.events)
  }
  return { bodies, copyChunks: encodeCopyRows(rows) }
}

async function main(): Promise<void> {
  const logDir = path.join(dataDir(), "bench", "logs")
  let embedded: EmbeddedDatabase | undefined
  let serverUrl = process.env.BENCH_DATABASE_URL?.trim()
  if (!serverUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir(), "bench"), port: settings.embeddedPort, log: say })
    serverUrl = embedded.url
  }
  const databaseName = `comptoir_bench_${process.pid}`
  let backend: ScratchBackend | undefined
  let client: Client | undefined
  try {
    say(`machine: ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2)}`)
    say("database: creating and migrating a scratch database (~15 s)…")
    const databaseUrl = await createMigratedDatabase(serverUrl, databaseName, logDir)
    // BENCH_CPU_PROF=<dir>: the backend writes a V8 CPU profile there when it stops (open it in
    // Chrome's DevTools), to see where the ingest's time goes before changing anything.
    const profileDir = process.env.BENCH_CPU_PROF?.trim()
    const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : []
    // BENCH_UNIX_SOCKET=0 keeps the backend on TCP, to compare.
    const backendDatabaseUrl = process.env.BENCH_UNIX_SOCKET === "0" ? databaseUrl : viaUnixSocket(databaseUrl)
    // Medusa logs every request at level "http" (its default): one JSON line per capture batch.
    // BENCH_LOG_LEVEL=info measures a server that keeps only its info lines.
    const logLevel = process.env.BENCH_LOG_LEVEL?.trim() || "http"
    say(`backend database: ${backendDatabaseUrl.includes("host=") ? "Unix socket" : "TCP"}, LOG_LEVEL ${logLevel}`)
    backend = await startBackend({
      databaseUrl: backendDatabaseUrl,
      port: settings.port,
      logDir,
      name: "bench-backend",
      nodeArgs,
      env: { LOG_LEVEL: logLevel },
    })
    client = new Client({ connectionString: databaseUrl })
    await client.connect()
    const { bodies, copyChunks } = prepareLoad()
    const averageKiB = bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length / 1024
    say(
      `load: ${settings.runs} runs × ${settings.requestsPerRun} requests of ${settings.eventsPerBatch} events ` +
        `(gzip, ${averageKiB.toFixed(1)} KiB each), ${settings.connections} connections`
    )
    const target = { url: backend.url, connections: settings.connections, eventsPerBatch: settings.eventsPerBatch }

    // Warm-up: JIT, connection pool, Postgres caches. Not counted.
    await httpRun(target, bodies.slice(0, Math.min(300, bodies.length)))
    await countAndTruncate(client)

    const http: (HttpRun & { cpu?: CpuSample })[] = []
    const copy: { eventsPerSecond: number; cpu?: CpuSample }[] = []
    const backendPid = backend.service.child.pid as number
    for (let run = 1; run <= settings.runs; run++) {
      const stopHttpCount = cpuAccountingAvailable ? await startCpuCount(client, databaseName, backendPid) : undefined
      const measured = await httpRun(target, bodies)
      const httpCpu = await stopHttpCount?.()
      const stored = await countAndTruncate(client)
      if (stored !== measured.acknowledged) {
        throw new Error(`run ${run}: ${measured.acknowledged} events acknowledged but ${stored} stored`)
      }
      http.push({ ...measured, cpu: httpCpu })

      const stopCopyCount = cpuAccountingAvailable ? await startCpuCount(client, databaseName, backendPid) : undefined
      const seconds = await copyRows(client, copyChunks)
      const copyCpu = await stopCopyCount?.()
      const copied = await countAndTruncate(client)
      copy.push({ eventsPerSecond: copied / seconds, cpu: copyCpu })
      say(
        `run ${run}: HTTP ${Math.round(measured.eventsPerSecond)} events/s (p50 ${measured.medianLatencyMs} ms), ` +
          `COPY ${Math.round(copied / seconds)} rows/s, load average ${os.loadavg()[0]?.toFixed(2)}`
      )
    }
    printReport({ http, copy, eventsPerRun: settings.requestsPerRun * settings.eventsPerBatch, settings })
  } finally {
    await client?.end().catch(() => {})
    await backend?.stop()
    await dropDatabase(serverUrl, databaseName).catch((error: unknown) => say(`could not drop ${databaseName}: ${String(error)}`))
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})

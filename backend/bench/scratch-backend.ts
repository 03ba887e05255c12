import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import { runStep, startService, stopService, type Service } from "../scripts/lib/processes"
import { backendDir, binary } from "../scripts/lib/paths"
import { isPortFree, waitForHttp } from "../scripts/lib/ports"

// A real backend in a child process on a database of its own, for the measurements and tests
// that need a whole server: the benchmark, and the SIGKILL durability test. It runs `medusa
// start` from the sources, in production mode, as a school server would.

/** `postgres://user@host:port/<database>` from a URL of the same server. */
export function databaseUrlOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

const UNIX_SOCKET_DIRECTORIES = ["/var/run/postgresql", "/tmp"]

/**
 * The same database through Postgres's Unix socket when the server is on this machine and its
 * socket is found: no TCP stack on either side, measurably less CPU per query on a 2-core
 * server. The host stays `localhost` in the URL (pg reads the socket from `?host=`), so code
 * that looks at the host name still sees a local server. Otherwise the URL is returned as is.
 */
export function viaUnixSocket(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) || url.searchParams.has("host")) return databaseUrl
  const port = url.port || "5432"
  const directory = UNIX_SOCKET_DIRECTORIES.find((dir) => fs.existsSync(path.join(dir, `.s.PGSQL.${port}`)))
  if (directory === undefined) return databaseUrl
  url.searchParams.set("host", directory)
  return url.toString()
}

async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrlOn(serverUrl, "postgres") })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const SAFE_NAME = /^[a-z0-9_]{1,60}$/

/** Creates an empty database and applies every Medusa and Comptoir migration (~15 s). */
export async function createMigratedDatabase(serverUrl: string, name: string, logDir: string): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name ${name}`)
  await onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`)
    await client.query(`CREATE DATABASE "${name}"`)
  })
  const databaseUrl = databaseUrlOn(serverUrl, name)
  await runStep({
    name: `migrate-${name}`,
    command: binary("medusa"),
    args: ["db:migrate"],
    cwd: backendDir,
    env: { ...backendEnv(databaseUrl, 0), PORT: undefined },
    logDir,
    echo: false,
  })
  return databaseUrl
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name ${name}`)
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

function backendEnv(databaseUrl: string, port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const secret = () => randomBytes(32).toString("hex")
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    BACKEND_URL: `http://localhost:${port}`,
    JWT_SECRET: secret(),
    COOKIE_SECRET: secret(),
    REVALIDATE_SECRET: secret(),
    DISABLE_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    REDIS_URL: undefined,
    ...extra,
  }
}

export interface ScratchBackend {
  url: string
  service: Service
  /** SIGTERM to the process group, SIGKILL after the grace period. */
  stop: () => Promise<void>
}

/** Starts `medusa start` on `port` and waits until /health answers. */
export async function startBackend(options: {
  databaseUrl: string
  port: number
  logDir: string
  name?: string
  env?: NodeJS.ProcessEnv
  /** Node flags for the backend process (`--cpu-prof`…), which NODE_OPTIONS refuses to pass. */
  nodeArgs?: string[]
}): Promise<ScratchBackend> {
  // Another server on the port would answer /health and take the load in our backend's place
  // (seen: a developer's `medusa develop` on 9200 received a whole benchmark run).
  if (!(await isPortFree(options.port))) {
    throw new Error(`port ${options.port} is already in use by another process: choose a free one (BENCH_PORT)`)
  }
  const nodeArgs = options.nodeArgs ?? []
  const service = startService({
    name: options.name ?? `backend-${options.port}`,
    command: nodeArgs.length > 0 ? process.execPath : binary("medusa"),
    args: nodeArgs.length > 0 ? [...nodeArgs, binary("medusa"), "start"] : ["start"],
    cwd: backendDir,
    env: backendEnv(options.databaseUrl, options.port, options.env),
    logDir: options.logDir,
    echo: false,
  })
  const url = `http://localhost:${options.port}`
  try {
    await waitForHttp(`${url}/health`, 120_000, service.isAlive)
  } catch (error) {
    await stopService(service, 2_000)
    throw error
  }
  return { url, service, stop: () => stopService(service, 10_000) }
}

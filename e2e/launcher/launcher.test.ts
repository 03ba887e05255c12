import { spawn, execFileSync } from "node:child_process"
import net from "node:net"
import pg from "pg"
import { describe, expect, it } from "vitest"
import { e2eStack, repoRoot, stackEnv } from "../stack"

/**
 * The README's `npm start`, driven as a teacher would in a terminal: Ctrl-C (SIGINT to the
 * whole foreground process group) must leave nothing behind. Runs after the Playwright suite,
 * on the same ports and data, so the build and the database are already there.
 */
type Run = { code: Promise<number | null>; output: () => string; pid: number }

function npmStart(extraEnv: Record<string, string> = {}): Run {
  const child = spawn("npm", ["start"], {
    cwd: repoRoot,
    env: { ...process.env, ...stackEnv(), COMPTOIR_QUIET: "true", ...extraEnv },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  // "close" waits for every process that holds the output (the launcher outlives npm on Ctrl-C).
  const code = new Promise<number | null>((resolve) => child.once("close", resolve))
  return { code, output: () => output, pid: child.pid! }
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

function processesUsing(fragment: string): string[] {
  const lines = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).split("\n")
  return lines.filter((line) => line.includes(fragment) && !line.includes("ps -eo"))
}

const ports = [e2eStack.backendPort, e2eStack.storefrontPort, e2eStack.databasePort]

describe("npm start", () => {
  it("serves the shop, then Ctrl-C stops every process and frees every port", async () => {
    const run = npmStart()
    await waitFor(() => /Comptoir est prêt en/.test(run.output()) || /a échoué|Impossible/.test(run.output()), 300_000)
    expect(run.output()).toMatch(/Comptoir est prêt en [\d,]+ s/)
    for (const port of ports) expect(await listening(port)).toBe(true)

    process.kill(-run.pid, "SIGINT")
    const exitCode = await Promise.race([run.code, new Promise((resolve) => setTimeout(() => resolve("hung"), 30_000))])
    expect(exitCode).not.toBe("hung")
    expect(run.output()).toContain("Tout est arrêté")
    for (const port of ports) expect(await listening(port)).toBe(false)
    expect(processesUsing(`${e2eStack.dataDir}/postgres`)).toEqual([])
    expect(processesUsing(`--port ${e2eStack.storefrontPort}`)).toEqual([])
  }, 360_000)

  it("names the busy port and its variable, and starts nothing", async () => {
    const squatter = net.createServer().listen(e2eStack.storefrontPort, "127.0.0.1")
    await new Promise((resolve) => squatter.once("listening", resolve))
    try {
      const run = npmStart()
      expect(await run.code).not.toBe(0)
      expect(run.output()).toContain(`Le port ${e2eStack.storefrontPort}`)
      expect(run.output()).toContain("STOREFRONT_PORT")
      expect(await listening(e2eStack.databasePort)).toBe(false)
      expect(await listening(e2eStack.backendPort)).toBe(false)
    } finally {
      squatter.close()
    }
  }, 60_000)

  it("in production, refuses the development secrets and lists each variable to set", async () => {
    const run = npmStart({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: "" })
    expect(await run.code).not.toBe(0)
    for (const variable of ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]) {
      expect(run.output()).toContain(variable)
    }
    expect(await listening(e2eStack.databasePort)).toBe(false)
  }, 60_000)
})

/** The machine's own Postgres (CI machines have one on 5432); the test is skipped where there is none. */
const externalServer = process.env.E2E_EXTERNAL_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"

async function externalPostgres(): Promise<pg.Client | undefined> {
  const client = new pg.Client({ connectionString: externalServer, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return client
  } catch {
    return undefined
  }
}

const admin = await externalPostgres()

describe.skipIf(!admin)("npm start with DATABASE_URL", () => {
  it("uses the external Postgres and starts no embedded one", async () => {
    const database = `comptoir_e2e_external_${process.pid}`
    await admin!.query(`DROP DATABASE IF EXISTS ${database}`)
    await admin!.query(`CREATE DATABASE ${database}`)
    const url = new URL(externalServer)
    url.pathname = `/${database}`
    const run = npmStart({ DATABASE_URL: url.toString() })
    try {
      await waitFor(() => /Comptoir est prêt en/.test(run.output()) || /a échoué|Impossible/.test(run.output()), 300_000)
      expect(run.output()).toContain("Base de données externe (DATABASE_URL)")
      expect(run.output()).toMatch(/Comptoir est prêt en/)
      expect(await listening(e2eStack.databasePort)).toBe(false)
      // The shop the external database holds: the demo shop the first start installed there.
      const product = await fetch(`http://localhost:${e2eStack.storefrontPort}/produits/tasse-emaillee-bleue`)
      expect(product.status).toBe(200)
      expect(await product.text()).toContain("Tasse émaillée bleue")

      const shop = new pg.Client({ connectionString: url.toString() })
      await shop.connect()
      const { rows } = await shop.query(`SELECT count(*)::int AS count FROM product WHERE deleted_at IS NULL`)
      await shop.end()
      expect(rows[0].count).toBeGreaterThan(0)

    } finally {
      process.kill(-run.pid, "SIGINT")
      await run.code
      await admin!.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await admin!.end()
    }
  }, 360_000)
})

/**
 * `npm run bench:crash -w @comptoir/backend [-- seed|simulate|checkout] [--at 0.5]`: `npm run seed`
 * or `npm run simulate` killed with SIGKILL part-way (`--at`: once that share of its rows is
 * written), then run again, must give the same shop as one uninterrupted run — nothing
 * missing, nothing doubled — and that shop must start. `checkout`: the backend killed while
 * visitors' checkouts run (integration-tests/crash/checkout-kill.ts) must, once started again,
 * leave every cart completable into exactly one order, stock and promotion uses counted once.
 * Too slow for every CI run (each scenario runs the script three times, ~3–4 min on 2 cores),
 * hence a script. Uses the Postgres named by DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD
 * (localhost:5432, user postgres by default), as the integration tests do.
 */
import fs from "node:fs"
import path from "node:path"
import { createMigratedDatabase, databaseUrlOn, dropDatabase, startBackend } from "./scratch-backend"
import { killBackendDuringCheckouts } from "../integration-tests/crash/checkout-kill"
import { execScript, finished, killGroup, logDir, publishedProducts, serverUrl, shopCounts, withClient } from "../integration-tests/crash/crash-helpers"
import { backendDir } from "../scripts/lib/paths"
import { freePort } from "../scripts/lib/ports"

const say = (line: string) => process.stdout.write(`[crash] ${line}\n`)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** What gets killed: a script a teacher runs, with fixed arguments so that two runs give the same rows. */
const scenarios = {
  /** `watch`: the table whose filling shows the script at work; the kill waits until it is part-filled. */
  seed: { script: "./src/scripts/seed-demo.ts", args: [] as string[], watch: "product_variant" },
  // Watching captured_event: with --at ≤ 0.5 the kill comes once orders are placed (their order_placed events) and the
  // visits' events are being written. A kill inside Medusa's completeCart is the `checkout` scenario's.
  simulate: { script: "./src/scripts/simulate.ts", args: ["days=4", "visitors=60", "seed=7"], watch: "captured_event" },
}
type Scenario = keyof typeof scenarios | "checkout"

function options(): { chosen: Scenario[]; fraction: number } {
  const args = process.argv.slice(2)
  const index = args.indexOf("--at")
  const fraction = index >= 0 ? Number(args[index + 1]) : 0.5
  if (!(fraction > 0 && fraction < 1)) throw new Error("--at takes the fraction of the watched table's rows written when the kill comes, between 0 and 1")
  const named = args.filter((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--at")
  for (const name of named) if (!(name in scenarios) && name !== "checkout") throw new Error(`unknown scenario ${name}: seed, simulate or checkout`)
  return { chosen: named.length > 0 ? (named as Scenario[]) : ["seed", "simulate", "checkout"], fraction }
}

async function run(databaseUrl: string, scenario: keyof typeof scenarios, name: string): Promise<number> {
  const startedAt = Date.now()
  const { script, args } = scenarios[scenario]
  await finished(execScript(databaseUrl, script, name, {}, args), name)
  return Date.now() - startedAt
}

const uploadsDir = path.join(backendDir, "static")
const listUploads = () => new Set(fs.existsSync(uploadsDir) ? fs.readdirSync(uploadsDir) : [])
/** `1795970184045-tasse.webp` → `tasse.webp`: Medusa's local provider prefixes a timestamp. */
const assetName = (file: string) => file.replace(/^\d+-/, "")

/**
 * The seeds upload the demo's images to backend/static, as `npm run seed` does (the killed one
 * may leave some no row points to): remove the demo images that appeared during the run.
 */
async function removeUploads(before: Set<string>, databaseUrl: string): Promise<void> {
  const urls = await withClient(databaseUrl, async (client) => (await client.query<{ url: string }>("SELECT DISTINCT url FROM image")).rows)
  const demoAssets = new Set(urls.map(({ url }) => assetName(decodeURIComponent(new URL(url).pathname.split("/").pop() ?? ""))))
  for (const file of listUploads()) {
    if (!before.has(file) && demoAssets.has(assetName(file))) fs.rmSync(path.join(uploadsDir, file), { force: true })
  }
}

/** Kills the scenario's script part-way on one copy of the shop, runs it again, and compares with a clean run on another. */
async function crashAndRerun(scenario: keyof typeof scenarios, base: string, fraction: number): Promise<string[]> {
  const server = serverUrl()
  const reference = `${base}_${scenario}_ref`
  const crashed = `${base}_${scenario}_kill`
  const uploadsBefore = listUploads()
  try {
    for (const name of [reference, crashed]) {
      await withClient(server, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${base}"`))
    }
    const referenceUrl = databaseUrlOn(server, reference)
    const crashedUrl = databaseUrlOn(server, crashed)
    const fullMs = await run(referenceUrl, scenario, `crash-${scenario}-reference`)
    say(`${scenario}: uninterrupted run ${seconds(fullMs)}`)
    const expected = await shopCounts(referenceUrl)
    const sold = await publishedProducts(referenceUrl)

    const { script, args, watch } = scenarios[scenario]
    const before = (await shopCounts(crashedUrl))[watch] ?? 0
    const target = before + Math.max(1, Math.floor(((expected[watch] ?? 0) - before) * fraction))
    const victim = execScript(crashedUrl, script, `crash-${scenario}-killed`, {}, args)
    const startedAt = Date.now()
    const rows = async () =>
      withClient(crashedUrl, async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${client.escapeIdentifier(watch)}`)).rows[0]?.n ?? 0)
    while (victim.isAlive() && (await rows()) < target && Date.now() - startedAt < fullMs * 2) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    killGroup(victim)
    await victim.exited
    say(`${scenario}: killed with SIGKILL after ${seconds(Date.now() - startedAt)}, ${(await rows()) - before} of ${(expected[watch] ?? 0) - before} ${watch} rows written`)
    const differences: string[] = []
    try {
      say(`${scenario}: run again in ${seconds(await run(crashedUrl, scenario, `crash-${scenario}-rerun`))}`)
    } catch (error) {
      differences.push(`${scenario}: the run after the kill failed: ${(error as Error).message}`)
    }

    const actual = await shopCounts(crashedUrl)
    differences.push(...Object.keys({ ...expected, ...actual })
      .filter((table) => expected[table] !== actual[table])
      .map((table) => `${scenario}: ${table} has ${actual[table] ?? "no"} rows, ${expected[table] ?? "no"} after one uninterrupted run`))

    const backend = await startBackend({ databaseUrl: crashedUrl, port: await freePort(), logDir, name: `crash-${scenario}-backend` })
    try {
      const config = (await (await fetch(`${backend.url}/comptoir/storefront-config`)).json()) as { publishable_key: string }
      const products = await fetch(`${backend.url}/store/products?limit=1&fields=id`, { headers: { "x-publishable-api-key": config.publishable_key } })
      const served = ((await products.json()) as { count: number }).count
      say(`${scenario}: the shop starts and its store API lists ${served} products`)
      if (served !== sold) differences.push(`${scenario}: the store API lists ${served} products, ${sold} expected`)
    } finally {
      await backend.stop()
    }
    return differences
  } finally {
    await removeUploads(uploadsBefore, databaseUrlOn(server, reference)).catch(() => {})
    for (const name of [reference, crashed]) await dropDatabase(server, name)
  }
}

/** The `checkout` scenario on a copy of the starter shop. */
async function checkoutKill(base: string, fraction: number): Promise<string[]> {
  const name = `${base}_checkout_kill`
  const server = serverUrl()
  try {
    await withClient(server, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${base}"`))
    return await killBackendDuringCheckouts(databaseUrlOn(server, name), fraction)
  } finally {
    await dropDatabase(server, name)
  }
}

async function main(): Promise<number> {
  const { chosen, fraction } = options()
  const base = `comptoir_crash_${process.pid}`
  try {
    say("database with Medusa's migrations and the starter shop…")
    const baseUrl = await createMigratedDatabase(serverUrl(), base, logDir)
    await finished(execScript(baseUrl, "./src/scripts/bootstrap.ts", "crash-bootstrap", { DEMO_SHOP: "false" }), "bootstrap")
    const differences: string[] = []
    for (const scenario of chosen) {
      differences.push(...(await (scenario === "checkout" ? checkoutKill(base, fraction) : crashAndRerun(scenario, base, fraction))))
    }
    if (differences.length > 0) {
      say(`FAILED: an interrupted then repeated run differs from an uninterrupted one:\n  - ${differences.join("\n  - ")}`)
      return 1
    }
    say(`OK: ${chosen.join(", ")} killed with SIGKILL then run or started again: nothing missing, nothing doubled`)
    return 0
  } finally {
    await dropDatabase(serverUrl(), base)
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[crash] ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  }
)

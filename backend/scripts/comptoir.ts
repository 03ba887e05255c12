/**
 * The one command a teacher runs: `npm start` (built, fast on the second run) or `npm run dev`
 * (watch mode). Starts the embedded Postgres unless DATABASE_URL is set, migrates, bootstraps
 * an empty shop, serves the backend (admin at /app) and the storefront, and stops everything on Ctrl-C.
 */
import fs from "node:fs"
import path from "node:path"
import type pg from "pg"
import { parseConfig, type ComptoirConfig } from "../src/config/schema"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db"
import { adminExists, fingerprint, readState, withDatabase, writeState } from "./lib/launch-state"
import { backendDir, binary, builtBackendDir, dataDir, repoRoot, storefrontDir } from "./lib/paths"
import { busyPortProblems, waitForHttp, type PortClaim } from "./lib/ports"
import { runStep, startService, stopService, type Service } from "./lib/processes"

type Mode = "start" | "dev"

const seconds = (ms: number) => (ms / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })
// Whoever reads our output may be gone (a closed terminal, a finished test runner): a failed
// write must never stop the shutdown half-way and leave a process behind.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {})
const write = (stream: NodeJS.WriteStream, text: string) => {
  try {
    stream.write(text)
  } catch {
    // reader gone
  }
}
const say = (line: string) => write(process.stdout, `[comptoir] ${line}\n`)

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} doit être un numéro de port (1–65535) / ${name} must be a port number, got "${raw}"`)
  }
  return value
}

async function main(mode: Mode): Promise<void> {
  const startedAt = Date.now()
  // A `.env` at the root of the project configures `npm start` (handy where `VAR=value npm start`
  // does not work, as on Windows). Variables already set in the environment win.
  const envFile = path.join(repoRoot, ".env")
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  const backendPort = intFromEnv("PORT", 9000)
  const storefrontPort = intFromEnv("STOREFRONT_PORT", 8000)
  const embeddedPort = intFromEnv("EMBEDDED_PG_PORT", 54329)
  // An empty DATABASE_URL (a blank line in .env) means "not set", as everywhere in the config.
  const history = historyDaysFromEnv()
  const historyDays = typeof history === "number" ? history : 0
  const externalDatabaseUrl = process.env.DATABASE_URL?.trim() || undefined
  const external = externalDatabaseUrl !== undefined
  const folder = dataDir()
  const logDir = path.join(folder, "logs")
  const echo = process.env.COMPTOIR_QUIET !== "true"

  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? "development",
    PORT: String(backendPort),
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`,
    BACKEND_URL: process.env.BACKEND_URL ?? `http://localhost:${backendPort}`,
    // Read by the storefront's build (its /ingest forward) and at run time.
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${backendPort}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    TURBO_TELEMETRY_DISABLED: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  }

  // Validate everything before starting anything, and report every problem at once.
  const configCheck = parseConfig({ ...baseEnv, DATABASE_URL: externalDatabaseUrl ?? "postgres://check@127.0.0.1/check" })
  const claims: PortClaim[] = [
    { port: backendPort, variable: "PORT", role: "backend et administration" },
    { port: storefrontPort, variable: "STOREFRONT_PORT", role: "boutique" },
  ]
  if (!external) claims.push({ port: embeddedPort, variable: "EMBEDDED_PG_PORT", role: "base de données embarquée" })
  const problems = [
    ...(configCheck.ok ? [] : configCheck.problems),
    ...(typeof history === "string" ? [history] : []),
    ...(await busyPortProblems(claims)),
  ]
  if (problems.length > 0) {
    write(process.stderr, `[comptoir] Impossible de démarrer / cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`)
    process.exit(1)
  }
  const config = (configCheck as { ok: true; config: ComptoirConfig }).config

  let database: EmbeddedDatabase | undefined
  const services: Service[] = []
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    try {
      say("Arrêt en cours… / stopping…")
      await Promise.all(services.map((service) => stopService(service)))
      if (database) await database.stop().catch(() => {})
      say("Tout est arrêté. / Everything stopped.")
    } finally {
      process.exit(code)
    }
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  process.on("SIGHUP", () => void shutdown(0))
  process.on("uncaughtException", (error) => {
    write(process.stderr, `[comptoir] ${error.stack ?? error.message}\n`)
    void shutdown(1)
  })

  try {
    if (external) {
      say("Base de données externe (DATABASE_URL) : aucune base embarquée n'est démarrée.")
    } else {
      database = await startEmbeddedDatabase({ dataDir: folder, port: embeddedPort, log: (line) => say(line) })
      say(`Base de données embarquée prête (port ${embeddedPort}, données dans ${path.relative(repoRoot, folder)}/postgres).`)
    }
    const env: NodeJS.ProcessEnv = { ...baseEnv, DATABASE_URL: externalDatabaseUrl ?? database?.url }
    const step = (name: string, command: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}) =>
      runStep({ name, command, args, cwd, env: { ...env, ...extraEnv }, logDir, echo })

    say(mode === "start" ? "Construction (mise en cache après le premier lancement)…" : "Construction des bibliothèques…")
    const filters = mode === "start" ? ["@comptoir/backend", "@comptoir/storefront"] : ["@comptoir/analytics", "@comptoir/seed"]
    // `next build` must run as production whatever NODE_ENV the servers get.
    await step("build", binary("turbo"), ["run", "build", "--output-logs=errors-only", ...filters.map((f) => `--filter=${f}`)], repoRoot, {
      NODE_ENV: "production",
    })

    const medusaCwd = mode === "start" ? builtBackendDir : backendDir
    if (mode === "start") shareUploads()
    const databaseUrl = env.DATABASE_URL as string
    const migrationsPrint = fingerprint([
      { path: path.join(repoRoot, "package-lock.json") },
      { path: path.join(backendDir, "src", "modules") },
      { path: path.join(backendDir, "src", "links") },
    ])
    if ((await withDatabase(databaseUrl, (db) => readState(db, "migrations"))) === migrationsPrint) {
      say("Base de données à jour : migrations déjà faites.")
    } else {
      say("Migrations de la base (environ 30 s la première fois)…")
      await step("migrations", binary("medusa"), ["db:migrate"], medusaCwd)
      await withDatabase(databaseUrl, (db) => writeState(db, "migrations", migrationsPrint))
    }
    const bootstrapPrint = fingerprint([
      // The shops' data, read as source: the seed package is not built yet on a fresh clone.
      { path: path.join(repoRoot, "seed", "src") },
      config.admin.email,
      String(config.demoShop),
      { path: path.join(backendDir, "src", "scripts", "bootstrap") },
    ])
    const bootstrapDone = await withDatabase(
      databaseUrl,
      async (db) => (await readState(db, "bootstrap")) === bootstrapPrint && (await adminExists(db, config.admin.email))
    )
    // Read before the bootstrap installs it: only the very first install gets a simulated history.
    const firstInstall = !(await withDatabase(databaseUrl, shopInstalled))
    if (bootstrapDone) {
      say("Boutique et compte administrateur déjà en place.")
    } else {
      say("Compte administrateur et boutique (la première fois, installation de la boutique de démonstration : environ 20 s)…")
      const bootstrapScript = mode === "start" ? "./src/scripts/bootstrap.js" : "./src/scripts/bootstrap.ts"
      await step("bootstrap", binary("medusa"), ["exec", bootstrapScript], medusaCwd)
      await withDatabase(databaseUrl, (db) => writeState(db, "bootstrap", bootstrapPrint))
    }

    const backend = startService({
      name: "backend",
      command: binary("medusa"),
      args: [mode === "start" ? "start" : "develop"],
      cwd: medusaCwd,
      env: { ...env, NODE_ENV: backendNodeEnv(mode, env.NODE_ENV) },
      logDir,
      echo,
    })
    services.push(backend)
    const watch = (service: Service) =>
      void service.exited.then((code) => {
        if (!stopping) {
          write(process.stderr, `[comptoir] « ${service.name} » s'est arrêté (code ${code}) : voir ${logDir}\n`)
          void shutdown(1)
        }
      })
    watch(backend)
    await waitForHttp(`http://localhost:${backendPort}/health`, 180_000, backend.isAlive)

    // Started once the backend answers, so a storefront that answers always has its backend.
    // Next keeps fetched data on disk across restarts: drop it, the database may have been
    // reset, reseeded or switched (DATABASE_URL) while the storefront was stopped.
    fs.rmSync(path.join(storefrontDir, ".next", "cache", "fetch-cache"), { recursive: true, force: true })
    const storefront = startService({
      name: "boutique",
      command: binary("next"),
      args: [mode === "start" ? "start" : "dev", "--port", String(storefrontPort)],
      cwd: storefrontDir,
      env: {
        ...env,
        NODE_ENV: mode === "start" ? "production" : "development",
        PORT: String(storefrontPort),
        REVALIDATE_SECRET: config.secrets.revalidate,
      },
      logDir,
      echo,
    })
    services.push(storefront)
    watch(storefront)
    await waitForHttp(`http://localhost:${storefrontPort}/api/health`, 180_000, storefront.isAlive)

    const elapsed = Date.now() - startedAt
    say("")
    say(`Comptoir est prêt en ${seconds(elapsed)} s / Comptoir is ready in ${(elapsed / 1000).toFixed(1)} s`)
    say(`  Boutique / shop :              http://localhost:${storefrontPort}`)
    say(`  Administration / admin :       http://localhost:${backendPort}/app`)
    if (config.admin.password) {
      say(`  Identifiant / login :          ${config.admin.email} — mot de passe / password : ${config.admin.password}`)
    }
    say(`  Journaux / logs :              ${path.relative(repoRoot, logDir)}/`)
    say("Ctrl-C arrête tout (base de données comprise). / Ctrl-C stops everything.")

    if (firstInstall && config.demoShop && historyDays > 0) {
      // The shop is usable at once; its statistics fill up in the background. Medusa places each
      // simulated order through its cart workflows, which takes minutes for a month.
      say(`Préparation de ${historyDays} jours d'historique simulé en arrière-plan (moins d'une minute ; journal : simulation.log)…`)
      const simulation = startService({
        name: "simulation",
        command: binary("medusa"),
        args: [
          "exec",
          mode === "start" ? "./src/scripts/simulate.js" : "./src/scripts/simulate.ts",
          `days=${historyDays}`,
          `storefront=${env.STOREFRONT_URL}`,
        ],
        cwd: medusaCwd,
        env,
        logDir,
        echo: false,
      })
      services.push(simulation)
      void simulation.exited.then((code) => {
        if (stopping) return
        say(
          code === 0
            ? "Historique simulé prêt : les Statistiques de l'administration ont des données. / Simulated history ready."
            : `La simulation de l'historique s'est arrêtée (code ${code}) : voir ${path.relative(repoRoot, logDir)}/simulation.log ; « npm run simulate » la reprend.`
        )
      })
    }
  } catch (error) {
    write(process.stderr, `[comptoir] ${error instanceof Error ? error.message : String(error)}\n`)
    await shutdown(1)
  }
}

/**
 * `medusa start` serves the admin through Vite's development server whenever NODE_ENV is exactly
 * `development`: from the built folder, which holds no admin sources, so without our pages
 * (Statistiques) and compiling the whole dashboard on the first visit (minutes on a school
 * laptop). Any other non-production value serves the admin `medusa build` made. `test` is the one
 * our configuration accepts that keeps every development default (secrets, plain-http cookies).
 */
function backendNodeEnv(mode: Mode, nodeEnv: string | undefined): string {
  if (mode === "start" && (nodeEnv ?? "development") === "development") return "test"
  return nodeEnv ?? "development"
}

/** DEMO_HISTORY_DAYS: days of simulated history the first start writes (30; 0 for none), or the problem. */
function historyDaysFromEnv(): number | string {
  const raw = process.env.DEMO_HISTORY_DAYS?.trim()
  if (!raw) return 30
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    return `DEMO_HISTORY_DAYS doit être un nombre de jours (0–365) / must be a number of days (0–365), got "${raw}"`
  }
  return days
}

/** True once the bootstrap has installed a shop (its mark in the store's metadata). */
async function shopInstalled(db: pg.Client): Promise<boolean> {
  const { rows } = await db.query<{ installed: string | null }>(
    "SELECT metadata->>'comptoir_installed_at' AS installed FROM store LIMIT 1"
  )
  return Boolean(rows[0]?.installed)
}

/**
 * Medusa's local file provider writes uploads to `<cwd>/static` and serves them from there:
 * `npm run dev` and `npm run seed` run in backend/, `npm start` in backend/.medusa/server,
 * which every build recreates. Both see the same files through a link to backend/static.
 */
function shareUploads(): void {
  const uploads = path.join(backendDir, "static")
  const served = path.join(builtBackendDir, "static")
  fs.mkdirSync(uploads, { recursive: true })
  const current = fs.lstatSync(served, { throwIfNoEntry: false })
  if (current?.isSymbolicLink() && fs.readlinkSync(served) === uploads) return
  if (current?.isDirectory()) {
    for (const file of fs.readdirSync(served)) {
      if (!fs.existsSync(path.join(uploads, file))) fs.renameSync(path.join(served, file), path.join(uploads, file))
    }
  }
  fs.rmSync(served, { recursive: true, force: true })
  fs.symlinkSync(uploads, served, "dir")
}

const command = process.argv[2]
if (command !== "start" && command !== "dev") {
  process.stderr.write("usage: comptoir.ts start|dev\n")
  process.exit(2)
}
void main(command)

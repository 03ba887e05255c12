/**
 * `npm run seed`, `npm run reset` and `npm run simulate`: run the demo shop's scripts with `medusa exec` against
 * the project's database — DATABASE_URL when set (environment or the root .env), otherwise the
 * embedded Postgres: the one `npm start` is running if its port answers, else started here for
 * the run and stopped after. `npm run reset -- --yes` skips the confirmation question.
 * `npm run simulate -- --days 90 --visitors 300 --seed 42 [--orders bulk|store-api]` passes its options on as `days=90…`.
 * `npm run accounts -- import eleves.csv [--out mdp.csv]` creates the class's admin accounts.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { embeddedDatabaseUrl } from "../src/config/schema"
import { accountsExecArgs } from "../src/scripts/accounts/args"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db"
import { withDatabase } from "./lib/launch-state"
import { backendDir, binary, dataDir, repoRoot } from "./lib/paths"
import { isPortFree } from "./lib/ports"
import { runStep } from "./lib/processes"

const scripts = {
  seed: "./src/scripts/seed-demo.ts",
  reset: "./src/scripts/reset-demo.ts",
  simulate: "./src/scripts/simulate.ts",
  accounts: "./src/scripts/accounts.ts",
} as const
type Command = keyof typeof scripts

const say = (line: string) => process.stdout.write(`[comptoir] ${line}\n`)

function runMedusaExec(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // stdio inherited: the reset asks its question in this terminal.
  const child = spawn(binary("medusa"), ["exec", script, ...args], { cwd: backendDir, env, stdio: "inherit" })
  // Ctrl-C reaches the script too (same terminal): wait for it to stop (`simulate --live` ends its visits) rather than leave first.
  const waitForChild = () => {}
  process.on("SIGINT", waitForChild)
  child.once("exit", () => process.off("SIGINT", waitForChild))
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.once("error", () => resolve(1))
  })
}

async function main(command: Command, flags: string[]): Promise<number> {
  const envFile = path.join(repoRoot, ".env")
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  let databaseUrl = process.env.DATABASE_URL?.trim() || undefined
  let database: EmbeddedDatabase | undefined
  const logDir = path.join(dataDir(), "logs")

  // The backend imports the demo from the seed package's build.
  await runStep({
    name: "build-seed",
    command: binary("turbo"),
    args: ["run", "build", "--filter=@comptoir/seed", "--output-logs=errors-only"],
    cwd: repoRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    logDir,
    echo: false,
  })

  try {
    if (!databaseUrl) {
      const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
      if (await isPortFree(port)) {
        say("Démarrage de la base de données embarquée pour cette opération…")
        database = await startEmbeddedDatabase({ dataDir: dataDir(), port, log: say })
        databaseUrl = database.url
      } else {
        say(`Base de données embarquée de « npm start » (port ${port}).`)
        databaseUrl = embeddedDatabaseUrl(port)
      }
    }
    const migrated = await withDatabase(databaseUrl, async (db) => {
      const { rows } = await db.query<{ table: string | null }>("SELECT to_regclass('public.product')::text AS table")
      return rows[0]?.table != null
    })
    if (!migrated) {
      process.stderr.write("[comptoir] La base de données est vide : lancez d'abord « npm start » une fois (il la prépare).\n")
      return 1
    }
    const confirmed = flags.includes("--yes") || flags.includes("-y")
    const args =
      command === "simulate"
        ? simulateArgs(flags)
        : command === "accounts"
          ? // Paths as typed are relative to where npm was run (INIT_CWD), not to backend/.
            accountsExecArgs(flags, process.env.INIT_CWD ?? process.cwd())
          : confirmed
            ? ["yes"]
            : []
    return await runMedusaExec(scripts[command], args, {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDUSA_DISABLE_TELEMETRY: "true",
    })
  } finally {
    await database?.stop()
  }
}

/** `--days 90 --seed=42` → `days=90 seed=42`: medusa exec's own parser would take `--days` for itself. */
function simulateArgs(flags: string[]): string[] {
  const args: string[] = []
  for (let index = 0; index < flags.length; index++) {
    const flag = flags[index] as string
    if (!flag.startsWith("--")) throw new Error(`option inattendue « ${flag} » (exemple : --days 90 --visitors 300 --seed 42)`)
    const [name, inline] = flag.slice(2).split("=", 2)
    // A flag without a value (`--live`) is a switch.
    const next = flags[index + 1]
    const value = inline ?? (next !== undefined && !next.startsWith("--") ? flags[++index] : "true")
    args.push(`${name}=${value}`)
  }
  return args
}

const [command, ...flags] = process.argv.slice(2)
if (command !== "seed" && command !== "reset" && command !== "simulate" && command !== "accounts") {
  process.stderr.write(
    "usage: run-with-db.ts seed|reset [--yes] | simulate [--days 90] [--visitors 300] [--seed 42] [--orders bulk|store-api] [--live --rate 2/s [--duration 10m]] | accounts import eleves.csv [--out mdp.csv]\n"
  )
  process.exit(2)
}
main(command, flags).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[comptoir] ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)

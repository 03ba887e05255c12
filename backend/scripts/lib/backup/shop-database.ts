import fs from "node:fs"
import path from "node:path"
import { embeddedDatabaseUrl } from "../../../src/config/schema"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../embedded-db"
import { dataDir, repoRoot } from "../paths"
import { isPortFree } from "../ports"

export type ShopDatabase = { url: string; startedHere: boolean; stop: () => Promise<void> }

/**
 * The shop's database as run-with-db.ts finds it: DATABASE_URL (environment or the root .env),
 * else the embedded Postgres — the one `npm start` runs if its port answers, else started here
 * for the operation and stopped after.
 */
export async function openShopDatabase(say: (line: string) => void): Promise<ShopDatabase> {
  const envFile = path.join(repoRoot, ".env")
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  const external = process.env.DATABASE_URL?.trim()
  if (external) return { url: external, startedHere: false, stop: async () => {} }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
  if (!(await isPortFree(port))) {
    say(`Base de données embarquée de « npm start » (port ${port}).`)
    return { url: embeddedDatabaseUrl(port), startedHere: false, stop: async () => {} }
  }
  say("Démarrage de la base de données embarquée pour cette opération…")
  const database: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: dataDir(), port, log: say })
  return { url: database.url, startedHere: true, stop: () => database.stop() }
}

/** Where the teacher typed the command: npm moves scripts to the repository root. */
export const invocationDir = () => process.env.INIT_CWD ?? process.cwd()

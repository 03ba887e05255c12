import path from "node:path"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/lib/embedded-db"
import { dataDir } from "../scripts/lib/paths"
import { EMBEDDED_DATABASE } from "../src/config/schema"

/**
 * Medusa's test runner creates a temporary database per suite on the server named by
 * DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. Without them, the tests bring their own real
 * Postgres (the same embedded one `npm start` uses), so `npm test` needs nothing installed.
 */
let database: EmbeddedDatabase | undefined

export async function setup() {
  if (process.env.DB_HOST) return
  const port = Number(process.env.TEST_PG_PORT ?? 54339)
  database = await startEmbeddedDatabase({
    dataDir: path.join(dataDir(), "test"),
    port,
    log: (line) => process.stdout.write(`[test-postgres] ${line}\n`),
  })
  // "localhost", not 127.0.0.1: Medusa's test runner turns TLS on for any other host name.
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(port)
  process.env.DB_USERNAME = EMBEDDED_DATABASE.user
  process.env.DB_PASSWORD = EMBEDDED_DATABASE.password
}

export async function teardown() {
  await database?.stop()
}

import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"

/**
 * What the last successful start did to this database, stored in the database itself so
 * that an external DATABASE_URL and the embedded one behave the same. A second `npm start`
 * skips the migrations (~20 s even when there is nothing to do) and the bootstrap when
 * nothing they depend on has changed.
 */
const TABLE = "comptoir_launch_state"

export function fingerprint(parts: Array<string | { path: string }>): string {
  const hash = createHash("sha256")
  const addFile = (file: string) => {
    hash.update(file)
    hash.update(fs.readFileSync(file))
  }
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else addFile(full)
    }
  }
  for (const part of parts) {
    if (typeof part === "string") hash.update(part)
    else if (fs.existsSync(part.path) && fs.statSync(part.path).isFile()) addFile(part.path)
    else walk(part.path)
  }
  return hash.digest("hex")
}

export async function withDatabase<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function readState(client: pg.Client, key: string): Promise<string | undefined> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`)
  const { rows } = await client.query<{ value: string }>(`SELECT value FROM ${TABLE} WHERE key = $1`, [key])
  return rows[0]?.value
}

export async function writeState(client: pg.Client, key: string, value: string): Promise<void> {
  await client.query(
    `INSERT INTO ${TABLE} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, value]
  )
}

/** The admin account must still exist: deleting it by mistake is repaired by the next start. */
export async function adminExists(client: pg.Client, email: string): Promise<boolean> {
  const table = await client.query(`SELECT to_regclass('public."user"') AS name`)
  if (!table.rows[0]?.name) return false
  const { rowCount } = await client.query(`SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [email])
  return (rowCount ?? 0) > 0
}

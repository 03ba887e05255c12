import path from "node:path"
import { Client } from "pg"
import { backendDir, binary, dataDir } from "../../scripts/lib/paths"
import { startService, type Service } from "../../scripts/lib/processes"

// Shared by the crash tests: real processes (`medusa exec`, `medusa start`, Postgres) killed
// with SIGKILL, as a power cut or the OOM killer would, then started again.

export const logDir = path.join(dataDir(), "test", "crash-logs")

/** The Postgres server the integration tests use (DB_HOST…), as a URL to its `postgres` database. */
export function serverUrl(): string {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const credentials = DB_PASSWORD ? `${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}` : encodeURIComponent(DB_USERNAME)
  return `postgres://${credentials}@${DB_HOST}:${DB_PORT}/postgres`
}

export async function withClient<T>(databaseUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** `medusa exec <script>` in its own process group, so that SIGKILL reaches all of it. */
export function execScript(databaseUrl: string, script: string, name: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): Service {
  return startService({
    name,
    command: binary("medusa"),
    args: ["exec", script, ...args],
    cwd: backendDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", REDIS_URL: undefined, ...env },
    logDir,
    echo: false,
  })
}

export async function finished(service: Service, what: string): Promise<void> {
  const code = await service.exited
  if (code !== 0) throw new Error(`${what} failed (code ${code}), see ${path.join(logDir, `${service.name}.log`)}`)
}

export function killGroup(service: Service): void {
  try {
    process.kill(-service.child.pid!, "SIGKILL")
  } catch {
    // already gone
  }
}

/**
 * Rows per table, leaving out what records how the work was done rather than the shop
 * (workflow executions, migrations' timestamps) — two runs of the same work differ there.
 */
export async function shopCounts(databaseUrl: string): Promise<Record<string, number>> {
  return withClient(databaseUrl, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
          AND relname NOT IN ('workflow_execution', 'comptoir_launch_state') ORDER BY relname`
    )
    const counts: Record<string, number> = {}
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public.${client.escapeIdentifier(name)}`)
      counts[name] = rows[0]?.n ?? 0
    }
    return counts
  })
}

/** The products the store API lists: published ones (the demo has a draft), not deleted. */
export async function publishedProducts(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM product WHERE status = $1 AND deleted_at IS NULL",
      ["published"]
    )
    return rows[0]?.n ?? 0
  })
}

/** The schema as Postgres describes it: columns, constraints, indexes, sequences, as sorted text. */
export async function schemaFingerprint(databaseUrl: string): Promise<string[]> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ line: string }>(`
      SELECT format('column %s.%s %s null=%s default=%s', table_name, column_name, data_type, is_nullable, column_default) AS line
        FROM information_schema.columns WHERE table_schema = 'public'
      UNION ALL
      SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
      UNION ALL
      SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL
      SELECT format('sequence %s', sequence_name) FROM information_schema.sequences WHERE sequence_schema = 'public'
      UNION ALL
      SELECT format('migration %s', name) FROM mikro_orm_migrations
      UNION ALL
      SELECT format('link %s', table_name) FROM link_module_migrations
      UNION ALL
      SELECT format('script %s', script_name) FROM script_migrations
      ORDER BY 1`)
    return rows.map((row) => row.line)
  })
}

import fs from "node:fs"
import path from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { createGunzip } from "node:zlib"
import pg from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { appliedMigrations, countRows, listTables, quote, SCHEMA_BOOKKEEPING_TABLES, type TableShape } from "./catalog"
import { ArchiveReader, BackupFileError, FORMAT_VERSION, MAGIC, type Manifest } from "./format"
import { safeUploadPath } from "./uploads"

export type RestoreSummary = { manifest: Manifest; tables: number; rows: number; files: number; ms: number }

function openArchive(file: string): ArchiveReader {
  if (!fs.existsSync(file)) throw new BackupFileError(`Fichier introuvable : ${file} / File not found.`)
  const gunzip = createGunzip()
  const input = fs.createReadStream(file)
  input.once("error", (error) => gunzip.destroy(error))
  gunzip.once("close", () => input.destroy())
  input.pipe(gunzip)
  return new ArchiveReader(gunzip)
}

async function readManifestFrom(archive: ArchiveReader): Promise<Manifest> {
  await archive.magic()
  const header = await archive.header()
  if (header.type !== "manifest" || header.format !== MAGIC) {
    throw new BackupFileError("Sauvegarde corrompue : le manifeste manque. / Corrupt backup: no manifest.")
  }
  if (!Number.isInteger(header.formatVersion) || header.formatVersion > FORMAT_VERSION) {
    throw new BackupFileError(
      `Cette sauvegarde vient d'une version plus récente de Comptoir (format ${header.formatVersion}, ` +
        `celle-ci lit jusqu'au format ${FORMAT_VERSION}) : mettez Comptoir à jour avant de la restaurer. / ` +
        "This backup was written by a newer Comptoir: update before restoring it."
    )
  }
  await archive.skipBody()
  const { type: _type, ...manifest } = header
  return manifest
}

/** The manifest alone (what the restore shows before asking for confirmation). */
export async function readManifest(file: string): Promise<Manifest> {
  const archive = openArchive(file)
  try {
    return await readManifestFrom(archive)
  } finally {
    await archive.close()
  }
}

/**
 * Reads the whole file once without touching anything (gzip checks its CRC at the end), so a
 * truncated or damaged file is refused before the migrations and the confirmation question.
 */
export async function verifyBackup(file: string): Promise<Manifest> {
  const archive = openArchive(file)
  try {
    const manifest = await readManifestFrom(archive)
    for (;;) {
      const header = await archive.header()
      if (header.type === "end") return manifest
      await archive.skipBody()
    }
  } finally {
    await archive.close()
  }
}

/**
 * Why this database cannot take the backup's data, all reasons at once: it must have been
 * migrated by code that knows every migration the backup's shop had, and have every column.
 */
export function compatibilityProblems(manifest: Manifest, known: Set<string>, tables: TableShape[]): string[] {
  const problems: string[] = []
  const unknown = manifest.migrations.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    problems.push(
      `la sauvegarde a ${unknown.length} migration(s) que cette version de Comptoir ne connaît pas ` +
        `(${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}) : mettez Comptoir à jour. / ` +
        "the backup has migrations this code does not know: update Comptoir."
    )
  }
  const columnsOf = new Map(tables.map((table) => [table.name, new Set(table.columns)]))
  for (const table of manifest.tables) {
    const columns = columnsOf.get(table.name)
    if (!columns) problems.push(`table « ${table.name} » absente de la base / table missing from the database`)
    else {
      const missing = table.columns.filter((column) => !columns.has(column))
      if (missing.length > 0) problems.push(`table « ${table.name} » : colonnes absentes ${missing.join(", ")} / missing columns`)
    }
  }
  return problems
}

/**
 * Replaces the shop in `databaseUrl` and `uploadsDir` by the backup's, in one transaction:
 * any failure (a truncated file, a row Postgres refuses, a count that differs from the
 * manifest) rolls it back and leaves the previous shop as it was. The database must already
 * carry this code's migrations. Uploaded files are swapped in only after the commit.
 */
export async function restoreBackup(options: { databaseUrl: string; uploadsDir: string; file: string }): Promise<RestoreSummary> {
  const startedAt = Date.now()
  const archive = openArchive(options.file)
  const manifest = await readManifestFrom(archive).catch(async (error: unknown) => {
    await archive.close()
    throw error
  })
  const staging = `${options.uploadsDir}.restoring`
  fs.rmSync(staging, { recursive: true, force: true })
  const client = new pg.Client({ connectionString: options.databaseUrl })
  await client.connect()
  let committed = false
  try {
    await client.query("BEGIN")
    // A running backend holding a lock would otherwise make the restore wait forever.
    await client.query("SET LOCAL lock_timeout = '15s'")
    const target = await listTables(client)
    const problems = compatibilityProblems(manifest, new Set(await appliedMigrations(client)), target)
    if (problems.length > 0) {
      throw new BackupFileError(`Restauration impossible / cannot restore:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    }
    await skipForeignKeyChecksIfAllowed(client)
    await emptyTables(client, target)

    const expected = new Map(manifest.tables.map((table) => [table.name, table]))
    const restored = new Set<string>()
    let files = 0
    for (;;) {
      const header = await archive.header()
      if (header.type === "table") {
        if (!expected.has(header.name) || restored.has(header.name)) throw corrupt(`table inattendue ${header.name}`)
        const columns = header.columns.map(quote).join(", ")
        const copy = client.query(copyFrom(`COPY public.${quote(header.name)} (${columns}) FROM STDIN`))
        await pipeline(Readable.from(archive.body()), copy).catch((error: Error) => {
          if (error instanceof BackupFileError) throw error
          throw corrupt(`Postgres refuse la table ${header.name} : ${error.message}`)
        })
        restored.add(header.name)
      } else if (header.type === "file") {
        const target = safeUploadPath(staging, header.path)
        if (!target) throw corrupt(`chemin de fichier refusé ${header.path}`)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        await pipeline(Readable.from(archive.body()), fs.createWriteStream(target))
        files += 1
      } else if (header.type === "end") {
        if (header.tables !== restored.size || header.files !== files) throw corrupt("contenu incomplet")
        break
      } else {
        throw corrupt(`enregistrement inattendu ${header.type}`)
      }
    }

    let rows = 0
    for (const table of manifest.tables) {
      const count = await countRows(client, table.name)
      if (count !== table.rows) {
        throw corrupt(`${table.name} : ${count} lignes restaurées, ${table.rows} attendues / rows restored vs expected`)
      }
      rows += count
    }
    await restoreSequences(client, manifest)
    await client.query("COMMIT")
    committed = true
    swapUploads(staging, options.uploadsDir)
    return { manifest, tables: restored.size, rows, files, ms: Date.now() - startedAt }
  } catch (error) {
    if (!committed) await client.query("ROLLBACK").catch(() => {})
    throw error
  } finally {
    await archive.close()
    fs.rmSync(staging, { recursive: true, force: true })
    await client.end().catch(() => {})
  }
}

const corrupt = (detail: string) =>
  new BackupFileError(`Sauvegarde incohérente (${detail}) : rien n'a été modifié. / Inconsistent backup: nothing was changed.`)

/**
 * Foreign keys are checked row by row otherwise; replica mode (superusers, as the embedded
 * database's owner is) skips them, which the snapshot allows. Without the right, the tables
 * arrive parents first and the checks pass anyway.
 */
async function skipForeignKeyChecksIfAllowed(client: pg.ClientBase): Promise<void> {
  await client.query("SAVEPOINT replica_role")
  try {
    await client.query("SET LOCAL session_replication_role = replica")
    await client.query("RELEASE SAVEPOINT replica_role")
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replica_role")
  }
}

/**
 * Empties the shop's tables, children first so that foreign keys hold. DELETE, because a
 * TRUNCATE of the ~150 tables recreates ~750 files (6 s on a busy 2-core machine); a large
 * table (the events) is truncated alone when no foreign key forbids it.
 */
async function emptyTables(client: pg.ClientBase, parentsFirst: TableShape[]): Promise<void> {
  const { rows } = await client.query<{ name: string; rows: number }>(
    `SELECT c.relname AS name, GREATEST(c.reltuples, COALESCE(s.n_live_tup, 0))::float8 AS rows
       FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'`
  )
  const estimated = new Map(rows.map((row) => [row.name, row.rows]))
  for (const table of [...parentsFirst].reverse()) {
    const name = `public.${quote(table.name)}`
    if ((estimated.get(table.name) ?? 0) > LARGE_TABLE_ROWS) {
      await client.query("SAVEPOINT empty_table")
      try {
        await client.query(`TRUNCATE ${name}`)
        await client.query("RELEASE SAVEPOINT empty_table")
        continue
      } catch {
        await client.query("ROLLBACK TO SAVEPOINT empty_table")
      }
    }
    await client.query(`DELETE FROM ${name}`)
  }
}

const LARGE_TABLE_ROWS = 20_000

async function restoreSequences(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  const kept = new Set<string>(SCHEMA_BOOKKEEPING_TABLES)
  for (const sequence of manifest.sequences) {
    if (sequence.ownedByTable && kept.has(sequence.ownedByTable)) continue
    const exists = await client.query("SELECT to_regclass($1) AS name", [`public.${quote(sequence.name)}`])
    if (!exists.rows[0]?.name) continue
    await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [`public.${quote(sequence.name)}`, sequence.value, sequence.isCalled])
  }
}

/** The new files take the folder's place; the old ones go only once the new ones are there. */
function swapUploads(staging: string, uploadsDir: string): void {
  fs.mkdirSync(staging, { recursive: true })
  const previous = `${uploadsDir}.before-restore`
  fs.rmSync(previous, { recursive: true, force: true })
  if (fs.existsSync(uploadsDir)) fs.renameSync(uploadsDir, previous)
  fs.renameSync(staging, uploadsDir)
  fs.rmSync(previous, { recursive: true, force: true })
}

import fs from "node:fs"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { createGzip } from "node:zlib"
import pg from "pg"
import { to as copyTo } from "pg-copy-streams"
import { appliedMigrations, countRows, listSequences, listTables, quote } from "./catalog"
import { ArchiveWriter, BACKUP_EXTENSION, FORMAT_VERSION, MAGIC, type Manifest } from "./format"
import { listUploads } from "./uploads"
import { comptoirVersion, medusaVersion } from "./versions"

export type BackupSummary = { file: string; manifest: Manifest; files: number; bytes: number; ms: number }

/** `comptoir-20261129-1642.comptoir-backup`, in local time: the name a teacher reads. */
export function backupFileName(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0")
  const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`
  return `comptoir-${stamp}${BACKUP_EXTENSION}`
}

/**
 * Writes the whole shop to `file`: every table of schema `public` and the uploaded files.
 * The tables are read in one REPEATABLE READ transaction, so a backend serving orders meanwhile
 * gives a consistent snapshot. The file appears under its name only once complete.
 */
export async function createBackup(options: { databaseUrl: string; uploadsDir: string; file: string }): Promise<BackupSummary> {
  const startedAt = Date.now()
  const partial = `${options.file}.partial`
  const client = new pg.Client({ connectionString: options.databaseUrl })
  await client.connect()
  const gzip = createGzip({ level: 6 })
  const written = pipeline(gzip, fs.createWriteStream(partial))
  // The write side's failure (disk full) surfaces through `written`; don't let it go unhandled meanwhile.
  written.catch(() => {})
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    const tables = await listTables(client)
    const manifest: Manifest = {
      format: MAGIC,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      comptoirVersion: comptoirVersion(),
      medusaVersion: medusaVersion(),
      postgresVersion: (await client.query<{ v: string }>("SHOW server_version")).rows[0]?.v ?? "",
      migrations: await appliedMigrations(client),
      tables: [],
      sequences: await listSequences(client),
    }
    for (const table of tables) manifest.tables.push({ ...table, rows: await countRows(client, table.name) })

    const archive = new ArchiveWriter(gzip)
    await archive.magic()
    await archive.header({ type: "manifest", ...manifest })
    await archive.emptyBody()
    for (const table of tables) {
      await archive.header({ type: "table", name: table.name, columns: table.columns })
      const columns = table.columns.map(quote).join(", ")
      await archive.body(client.query(copyTo(`COPY public.${quote(table.name)} (${columns}) TO STDOUT`)))
    }
    await client.query("COMMIT")

    let files = 0
    let fileBytes = 0
    for (const relative of listUploads(options.uploadsDir)) {
      const stream = fs.createReadStream(path.join(options.uploadsDir, relative))
      await archive.header({ type: "file", path: relative })
      fileBytes += await archive.body(stream)
      files += 1
    }
    await archive.header({ type: "end", tables: tables.length, files, fileBytes })
    await archive.emptyBody()
    gzip.end()
    await written
    fs.renameSync(partial, options.file)
    return { file: options.file, manifest, files, bytes: fs.statSync(options.file).size, ms: Date.now() - startedAt }
  } catch (error) {
    gzip.destroy()
    await written.catch(() => {})
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * `npm run backup [-- --output DOSSIER|FICHIER]`: writes the whole shop (database and uploaded
 * files) to one `comptoir-AAAAMMJJ-HHMM.comptoir-backup` file, by default in the folder the
 * command was typed in. The shop may keep running: the database is read as one snapshot.
 * The file format is described in lib/backup/format.ts.
 */
import fs from "node:fs"
import path from "node:path"
import { backupFileName, createBackup } from "./lib/backup/create-backup"
import { invocationDir, openShopDatabase } from "./lib/backup/shop-database"
import { defaultUploadsDir } from "./lib/backup/uploads"
import { withDatabase } from "./lib/launch-state"

const say = (line: string) => process.stdout.write(`[comptoir] ${line}\n`)
const number = (value: number, digits = 0) => value.toLocaleString("fr-FR", { maximumFractionDigits: digits })

function outputFile(flags: string[]): string {
  const index = flags.findIndex((flag) => flag === "--output" || flag === "-o")
  const inline = flags.find((flag) => flag.startsWith("--output="))?.slice("--output=".length)
  const chosen = inline ?? (index >= 0 ? flags[index + 1] : undefined)
  if (index >= 0 && !chosen) throw new Error("--output attend un dossier ou un nom de fichier / --output needs a path")
  const target = path.resolve(invocationDir(), chosen ?? ".")
  return fs.existsSync(target) && fs.statSync(target).isDirectory() ? path.join(target, backupFileName()) : target
}

async function main(flags: string[]): Promise<number> {
  const file = outputFile(flags)
  const database = await openShopDatabase(say)
  try {
    const migrated = await withDatabase(database.url, async (db) => {
      const { rows } = await db.query<{ table: string | null }>("SELECT to_regclass('public.product')::text AS table")
      return rows[0]?.table != null
    })
    if (!migrated) {
      process.stderr.write("[comptoir] La base de données est vide : rien à sauvegarder (lancez d'abord « npm start »).\n")
      return 1
    }
    say(`Sauvegarde de la boutique vers ${file}…`)
    const summary = await createBackup({ databaseUrl: database.url, uploadsDir: defaultUploadsDir(), file })
    const rows = summary.manifest.tables.reduce((sum, table) => sum + table.rows, 0)
    say(
      `Sauvegarde terminée en ${number(summary.ms / 1000, 1)} s : ${summary.manifest.tables.length} tables, ` +
        `${number(rows)} lignes, ${number(summary.files)} fichiers téléversés, ${number(summary.bytes / 1024 / 1024, 1)} Mo.`
    )
    const shown = path.relative(invocationDir(), file)
    say(`Pour la restaurer : npm run restore -- ${shown.startsWith("..") ? file : shown}`)
    return 0
  } finally {
    await database.stop()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[comptoir] Sauvegarde impossible / backup failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)

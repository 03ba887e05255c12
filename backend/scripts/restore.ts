/**
 * `npm run restore -- FICHIER [--yes] [--force]`: replaces the shop (database and uploaded
 * files) by a `.comptoir-backup`. Stop the shop first (`--force` restores anyway). It brings
 * the database's schema up to this code's migrations, then loads the backup in one transaction,
 * so a failure leaves the current shop untouched. `--yes` skips the confirmation question.
 */
import path from "node:path"
import readline from "node:readline/promises"
import { restoreBackup, verifyBackup } from "./lib/backup/restore-backup"
import { invocationDir, openShopDatabase } from "./lib/backup/shop-database"
import { defaultUploadsDir } from "./lib/backup/uploads"
import { withDatabase } from "./lib/launch-state"
import { backendDir, binary, dataDir } from "./lib/paths"
import { runStep } from "./lib/processes"

const say = (line: string) => process.stdout.write(`[comptoir] ${line}\n`)
const number = (value: number, digits = 0) => value.toLocaleString("fr-FR", { maximumFractionDigits: digits })

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout })
  try {
    return /^(o|oui|y|yes)$/i.test((await terminal.question(question)).trim())
  } finally {
    terminal.close()
  }
}

async function main(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith("-"))
  if (!file) {
    process.stderr.write("usage: npm run restore -- FICHIER.comptoir-backup [--yes] [--force]\n")
    return 2
  }
  const backup = path.resolve(invocationDir(), file)
  const manifest = await verifyBackup(backup)
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  const createdAt = new Date(manifest.createdAt).toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short" })
  say(`Sauvegarde du ${createdAt} (Comptoir ${manifest.comptoirVersion}, ${manifest.tables.length} tables, ${number(rows)} lignes).`)

  const database = await openShopDatabase(say)
  try {
    const others = await withDatabase(database.url, async (db) => {
      const { rows: activity } = await db.query<{ count: string }>(
        "SELECT count(*) AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
      )
      return Number(activity[0]?.count ?? 0)
    })
    if (others > 0 && !args.includes("--force")) {
      process.stderr.write(
        `[comptoir] La boutique semble démarrée (${others} connexion(s) à la base) : arrêtez-la (Ctrl-C dans le terminal de « npm start ») ` +
          "puis relancez la restauration, ou ajoutez --force.\n" +
          "[comptoir] The shop seems to be running: stop it first, or pass --force.\n"
      )
      return 1
    }
    const accepted =
      args.includes("--yes") ||
      args.includes("-y") ||
      (await confirm("La restauration REMPLACE toute la boutique actuelle (produits, commandes, statistiques, images). Continuer ? (oui/non) "))
    if (!accepted) {
      say("Restauration annulée : rien n'a été modifié. (Sans terminal, ajoutez --yes.)")
      return 1
    }

    // The backup's rows go into this code's schema: bring it up to date first (harmless when it is).
    say("Mise à jour du schéma de la base (migrations)…")
    await runStep({
      name: "restore-migrations",
      command: binary("medusa"),
      args: ["db:migrate"],
      cwd: backendDir,
      env: { ...process.env, DATABASE_URL: database.url, MEDUSA_DISABLE_TELEMETRY: "true" },
      logDir: path.join(dataDir(), "logs"),
      echo: false,
    })
    say("Restauration en cours (une seule transaction : en cas d'échec, la boutique actuelle reste intacte)…")
    const summary = await restoreBackup({ databaseUrl: database.url, uploadsDir: defaultUploadsDir(), file: backup })
    say(
      `Restauration terminée en ${number(summary.ms / 1000, 1)} s : ${summary.tables} tables, ${number(summary.rows)} lignes ` +
        `(comptes vérifiés avec la sauvegarde), ${number(summary.files)} fichiers téléversés.`
    )
    say("Relancez la boutique avec « npm start ».")
    return 0
  } finally {
    await database.stop()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[comptoir] Restauration impossible / restore failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)

import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parseAccountsArgs } from "./accounts/args"
import { type CreatedAccount, PartialImportError, importAccounts } from "./accounts/import-accounts"
import { importSummary, passwordsCsv, passwordsTable } from "./accounts/report"

/**
 * `npm run accounts -- import eleves.csv [--out mots-de-passe.csv]`: creates the class's admin
 * accounts from a list (nom;email;role) and gives their initial passwords, in this terminal or
 * in the --out file (readable by its owner only). Run again with a longer list: only the new
 * e-mails get an account. Run with `medusa exec ./src/scripts/accounts.ts import file=… [out=…]`.
 */
export default async function accounts({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = parseAccountsArgs(args ?? [])
  if (!fs.existsSync(options.file)) {
    logger.error(`Fichier introuvable : ${options.file}`)
    process.exitCode = 1
    return
  }
  const csv = fs.readFileSync(options.file, "utf8")
  const give = (created: CreatedAccount[]) => {
    if (created.length === 0) return
    if (options.out) {
      fs.writeFileSync(options.out, passwordsCsv(created), { mode: 0o600 })
      logger.info(`Mots de passe initiaux écrits dans ${options.out} (à distribuer puis supprimer).`)
    } else {
      process.stdout.write(`\n${passwordsTable(created)}\n\n`)
    }
  }
  try {
    const report = await importAccounts(container, csv)
    give(report.created)
    logger.info(importSummary(report))
  } catch (error) {
    if (MedusaError.isMedusaError(error) && error.type === MedusaError.Types.INVALID_DATA) {
      // The list's problems, without a stack trace: medusa exec exits with this code.
      logger.error(error.message)
      process.exitCode = 1
      return
    }
    if (error instanceof PartialImportError) {
      give(error.created)
      logger.error(`Import interrompu après ${error.created.length} compte(s) : ${error.message}. Relancez : les comptes créés seront ignorés.`)
    }
    throw error
  }
}

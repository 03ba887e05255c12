import { writeCsv } from "@comptoir/analytics"
import type { CreatedAccount, ImportReport } from "./import-accounts"

const ROLE_LABELS = { teacher: "enseignant", student: "élève" } as const

const displayName = (account: CreatedAccount) => [account.first_name, account.last_name].filter(Boolean).join(" ")

/** The passwords file: the same columns as the class list, plus the password. */
export function passwordsCsv(created: readonly CreatedAccount[]): string {
  return writeCsv(
    ["nom", "email", "role", "mot_de_passe"],
    created.map((account) => [displayName(account), account.email, ROLE_LABELS[account.role], account.password])
  )
}

/** A table for the terminal, columns padded to their widest cell. */
export function passwordsTable(created: readonly CreatedAccount[]): string {
  const rows = [["Nom", "E-mail", "Rôle", "Mot de passe initial"], ...created.map((a) => [displayName(a), a.email, ROLE_LABELS[a.role], a.password])]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)))
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd()
  return [format(rows[0]!), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(format)].join("\n")
}

export function importSummary(report: ImportReport): string {
  const lines = [`${report.created.length} compte(s) créé(s), ${report.skipped.length} déjà existant(s) (inchangés).`]
  for (const skipped of report.skipped) lines.push(`  déjà existant : ${skipped.email}`)
  return lines.join("\n")
}

import { writeCsv } from "@comptoir/analytics"
import { actionLabel, entityTypeLabel } from "./labels"
import type { ActivityEntryRecord } from "./types"

// The journal as a spreadsheet opened in French: `;` between fields, a UTF-8 byte order mark
// (without it Excel reads the accents as Windows-1252), dates in French on Paris time.

export const CSV_HEADERS = ["Date", "Personne", "E-mail", "Action", "Type d'élément", "Identifiant", "Libellé", "Résumé", "Requête"] as const

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" })

export function activityCsv(entries: readonly ActivityEntryRecord[]): string {
  return writeCsv(
    CSV_HEADERS,
    entries.map((entry) => [
      dateTime.format(new Date(entry.occurred_at)),
      entry.actor_name,
      entry.actor_email,
      actionLabel(entry.action),
      entityTypeLabel(entry.entity_type),
      entry.entity_id,
      entry.entity_label,
      entry.summary,
      `${entry.method} ${entry.path}`,
    ])
  )
}

import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseSimulateArgs } from "./simulate/args"
import { simulateHistory } from "./simulate/history"

/**
 * `npm run simulate -- --days 90 [--visitors 300] [--seed 42]`: writes a simulated history of
 * the shop — visits by channel through the analytics ingest's normalisation, orders through
 * Medusa's own cart workflows, all dated in the past and flagged as simulated. Appends after
 * the last simulated day: days already simulated are never simulated twice.
 * Run with `medusa exec ./src/scripts/simulate.ts days=90 visitors=300 seed=42` from backend/.
 */
export default async function simulate({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = parseSimulateArgs(args ?? [])
  const report = await simulateHistory(container, {
    days: options.days,
    visitorsPerDay: options.visitors,
    seed: options.seed,
    storefront: options.storefront,
    now: new Date(),
    log: (line) => logger.info(`[simulation] ${line}`),
  })
  if (options.report) fs.writeFileSync(options.report, JSON.stringify(report, null, 2))
  if (report.days === 0) {
    logger.info(
      `Historique déjà simulé jusqu'à hier (${options.days} derniers jours) : rien à ajouter. ` +
        "L'historique s'ajoute après le dernier jour simulé : relancez demain pour ajouter la journée écoulée, ou « npm run reset » pour repartir de zéro."
    )
    return
  }
  const seconds = report.seconds.toLocaleString("fr-FR", { maximumFractionDigits: 1 })
  logger.info(
    `Simulation du ${report.firstDay} au ${report.lastDay} (${report.days} jours${report.skippedDays > 0 ? `, ${report.skippedDays} déjà simulés` : ""}) : ` +
      `${report.sessions.toLocaleString("fr-FR")} visites, ${report.events.toLocaleString("fr-FR")} événements, ` +
      `${report.orders.toLocaleString("fr-FR")} commandes en ${seconds} s.`
  )
}

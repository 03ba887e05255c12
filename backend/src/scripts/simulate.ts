import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseSimulateArgs, type SimulateArgs } from "./simulate/args"
import { simulateHistory } from "./simulate/history"
import { simulateLive } from "./simulate/live"
import { replayPromotionsOfShop } from "./simulate/replay"
import { replayReportLines } from "./simulate/replay-report"

/**
 * `npm run simulate -- --days 90 [--visitors 300] [--seed 42]`: writes a simulated history of
 * the shop — visits by channel through the analytics ingest's normalisation, orders computed by
 * Medusa's pricing, tax and promotion modules and written in bulk (`--orders store-api`: through
 * the Store API's cart workflows, one by one, ~1 s each), all dated in the past and flagged as simulated. Appends after
 * the last simulated day: days already simulated are never simulated twice. A run that was
 * killed is finished first by the next one, with its own days and seed (simulate/resume.ts).
 * Run with `medusa exec ./src/scripts/simulate.ts days=90 visitors=300 seed=42` from backend/.
 *
 * `npm run simulate -- --live --rate 2/s [--duration 10m]`: visitors now, through the running
 * storefront and the backend's Store API (simulate/live.ts), until Ctrl-C or the duration.
 *
 * `npm run simulate -- --replay CODE_A,CODE_B --days 30 [--seed 42]`: the last days replayed
 * once under each promotion, same visitors, compared in a table (simulate/replay.ts). Writes nothing.
 */
export default async function simulate({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = parseSimulateArgs(args ?? [])
  if (options.live) return await simulateLiveUntilStopped(container, options, (line) => logger.info(`[simulation] ${line}`))
  if (options.replay) {
    const { comparison, currency } = await replayPromotionsOfShop(container, {
      codes: options.replay,
      days: options.days,
      seed: options.seed,
      visitorsPerDay: options.visitors,
      now: new Date(),
    })
    for (const line of replayReportLines(comparison, currency)) logger.info(`[rejeu] ${line}`)
    if (options.report) fs.writeFileSync(options.report, JSON.stringify(comparison, null, 2))
    return
  }
  const report = await simulateHistory(container, {
    days: options.days,
    visitorsPerDay: options.visitors,
    seed: options.seed,
    storefront: options.storefront,
    now: new Date(),
    log: (line) => logger.info(`[simulation] ${line}`),
    orders: options.orders,
  })
  if (options.report) fs.writeFileSync(options.report, JSON.stringify(report, null, 2))
  if (report.resumed) {
    logger.info(
      `Reprise de la simulation interrompue (du ${report.resumed.firstDay} au ${report.resumed.lastDay}, graine ${report.resumed.seed}, ` +
        `${report.resumed.visitorsPerDay.toLocaleString("fr-FR")} visiteurs par jour) : les commandes déjà passées sont reprises telles quelles. ` +
        "Relancez la commande pour ajouter les jours suivants."
    )
  }
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

async function simulateLiveUntilStopped(container: ExecArgs["container"], options: SimulateArgs, log: (line: string) => void) {
  const controller = new AbortController()
  // Ctrl-C stops the arrivals and the visits in progress; a second one leaves at once.
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130)
    log("arrêt demandé : fin des visites en cours…")
    controller.abort()
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  try {
    const report = await simulateLive(container, {
      rate: options.rate,
      durationMs: options.duration,
      seed: options.seed,
      visitorsPerDay: options.visitors,
      storefront: options.storefront,
      backend: options.backend,
      publishableKey: options.key ?? null,
      signal: controller.signal,
      log,
    })
    if (options.report) fs.writeFileSync(options.report, JSON.stringify(report, null, 2))
    log(
      `Simulation en direct terminée en ${Math.round(report.seconds).toLocaleString("fr-FR")} s : ${report.visitors.toLocaleString("fr-FR")} visiteurs, ` +
        `${report.pages.toLocaleString("fr-FR")} pages, ${report.events.toLocaleString("fr-FR")} événements, ` +
        `${report.orders.toLocaleString("fr-FR")} commandes, ${report.errors.toLocaleString("fr-FR")} erreurs.`
    )
  } finally {
    process.off("SIGINT", onSignal)
    process.off("SIGTERM", onSignal)
  }
}

import { demoShop } from "@comptoir/seed"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadConfig } from "../config/schema"
import { ensureAdminUser } from "./bootstrap/admin-user"
import { askConfirmation, confirmedOnCommandLine } from "./demo/confirm"
import { resetDemoShop } from "./demo/reset"

/**
 * `npm run reset`: returns the shop to the demo state. Asks first in a terminal; scripts pass
 * `--yes`. Run with `medusa exec ./src/scripts/reset-demo.ts yes` from backend/.
 */
export default async function resetDemo({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!confirmedOnCommandLine(args)) {
    if (!process.stdin.isTTY) {
      logger.error("Réinitialisation non confirmée : relancez avec --yes (npm run reset -- --yes).")
      process.exitCode = 1
      return
    }
    const confirmed = await askConfirmation(
      `Remettre « ${demoShop.storeName} » dans son état de démonstration ?\n` +
        "Les produits, catégories, collections, promotions, campagnes, listes de prix et clients ajoutés seront supprimés,\n" +
        "ceux qui ont été modifiés seront remis à l'identique. Les commandes sont conservées."
    )
    if (!confirmed) {
      logger.info("Réinitialisation annulée : rien n'a été modifié.")
      return
    }
  }
  const startedAt = Date.now()
  const config = loadConfig(process.env)
  await ensureAdminUser(container, config.admin)
  const report = await resetDemoShop(container, demoShop, { staffPassword: config.admin.password, today: new Date() })
  for (const line of report.done) logger.info(`  ${line}`)
  for (const line of report.refused) logger.warn(`  non réinitialisé : ${line}`)
  const seconds = ((Date.now() - startedAt) / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })
  logger.info(`Boutique « ${demoShop.storeName} » réinitialisée en ${seconds} s (${report.done.length} changement(s)).`)
  if (report.refused.length > 0) process.exitCode = 1
}

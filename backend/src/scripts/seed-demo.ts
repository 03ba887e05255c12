import { demoShop } from "@comptoir/seed"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadConfig } from "../config/schema"
import { ensureAdminUser } from "./bootstrap/admin-user"
import { ensureDemoShop } from "./demo/ensure-demo-shop"

/**
 * `npm run seed`: installs the demo shop (Maison Lumignon) in the running project's database.
 * Idempotent: what exists is found by handle, code, name or e-mail and left alone, so a second
 * run changes nothing. Run with `medusa exec ./src/scripts/seed-demo.ts` from backend/.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const startedAt = Date.now()
  const config = loadConfig(process.env)
  await ensureAdminUser(container, config.admin)
  const summary = await ensureDemoShop(container, demoShop, { staffPassword: config.admin.password, today: new Date() })
  const seconds = ((Date.now() - startedAt) / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })
  logger.info(`Boutique de démonstration « ${demoShop.storeName} » prête en ${seconds} s : ${JSON.stringify(summary)}`)
}

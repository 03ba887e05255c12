import { demoShop, starterShop } from "@comptoir/seed"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadConfig } from "../config/schema"
import { ensureAdminUser } from "./bootstrap/admin-user"
import { installedShop, markShopInstalled } from "./bootstrap/first-shop"
import { ensureShop } from "./bootstrap/starter-shop"
import { ensureDemoShop } from "./demo/ensure-demo-shop"

/**
 * Run by `npm start` after the migrations (and by the docker entrypoint): makes sure the
 * admin account exists and, on the first start only, installs the shop — the demo shop
 * (Maison Lumignon) by default, the 4-product starter shop with DEMO_SHOP=false. Safe to run
 * on every start: once the shop is installed it is the students' and is left alone.
 */
export default async function bootstrap({ container }: ExecArgs) {
  const config = loadConfig(process.env)
  await ensureAdminUser(container, config.admin)
  if (await installedShop(container)) return

  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (config.demoShop) {
    logger.info(`Installation de la boutique de démonstration « ${demoShop.storeName} »…`)
    await ensureDemoShop(container, demoShop, { staffPassword: config.admin.password, today: new Date() })
    await markShopInstalled(container, "demo")
  } else {
    await ensureShop(container, starterShop)
    await markShopInstalled(container, "starter")
  }
}

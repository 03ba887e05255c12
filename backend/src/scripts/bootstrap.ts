import { starterShop } from "@comptoir/seed"
import type { ExecArgs } from "@medusajs/framework/types"
import { loadConfig } from "../config/schema"
import { ensureAdminUser } from "./bootstrap/admin-user"
import { ensureShop } from "./bootstrap/starter-shop"

/**
 * Run by `npm start` after the migrations (and by the docker entrypoint): makes sure the
 * admin account and a minimal French shop exist. Safe to run on every start.
 */
export default async function bootstrap({ container }: ExecArgs) {
  const config = loadConfig(process.env)
  await ensureAdminUser(container, config.admin)
  await ensureShop(container, starterShop)
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listComparableItems } from "@comptoir/analytics"
import { knexQuery } from "../../statistiques/reports"

/** GET /admin/statistiques-comparaison/options — every promotion and campaign, with its run period. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.status(200).json({ items: await listComparableItems(knexQuery(knex)) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { UnknownComparableItemsError, comparePromotions, comparisonCsv } from "@comptoir/analytics"
import { describeIssues } from "../statistiques/query"
import { knexQuery } from "../statistiques/reports"
import { comparisonQuerySchema } from "./validators"

/**
 * GET /admin/statistiques-comparaison?ids=promo_…,procamp_…&include_simulated&format=json|csv —
 * promotions and campaigns side by side, each over its own run period.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = comparisonQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    const comparison = await comparePromotions(knexQuery(knex), { ids: parsed.data.ids, includeSimulated: parsed.data.include_simulated })
    if (parsed.data.format === "csv") {
      res.setHeader("Content-Type", "text/csv; charset=utf-8")
      res.setHeader("Content-Disposition", `attachment; filename="comparaison-promotions-${comparison.generatedAt.slice(0, 10)}.csv"`)
      res.status(200).send(comparisonCsv(comparison))
      return
    }
    res.status(200).json(comparison)
  } catch (error) {
    if (error instanceof UnknownComparableItemsError) {
      res.status(404).json({ type: "not_found", message: `unknown promotion or campaign: ${error.ids.join(", ")}` })
      return
    }
    throw error
  }
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reportCsv } from "@comptoir/analytics"
import { SEO_AUDIT_MODULE } from "../../../../modules/seo-audit"
import type SeoAuditModuleService from "../../../../modules/seo-audit/service"
import { describeIssues, filterOf, reportQuerySchema } from "../query"
import { REPORTS, isReportId, knexQuery } from "../reports"

/**
 * GET /admin/statistiques/{overview,traffic,acquisition,conversion,products,promotions,referencement}
 * Admin authentication is Medusa's (every /admin route). `?format=csv` answers the report's
 * tables and the indicator definitions as a French spreadsheet file.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const report = req.params.report ?? ""
  if (!isReportId(report)) {
    res.status(404).json({ type: "not_found", message: `rapport inconnu « ${report} »` })
    return
  }
  const parsed = reportQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const filter = filterOf(parsed.data)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const audits = req.scope.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
  const result = await REPORTS[report](knexQuery(knex), filter, { latestAuditScore: () => audits.latestScore() })
  if (parsed.data.format === "csv") {
    const day = filter.period.from.slice(0, 10)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="statistiques-${report}-${day}.csv"`)
    res.status(200).send(reportCsv(report, result as never))
    return
  }
  res.status(200).json(result)
}

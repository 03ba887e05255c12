import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { gradedReportCsv } from "@comptoir/analytics"
import { describeIssues, filterOf, reportQuerySchema } from "../statistiques/query"
import { ENTITY_TYPE_LABELS } from "../../../modules/activity-log/labels"
import { loadGradedReport, reportFileName } from "./load-report"

/**
 * GET /admin/rapport?from&to&include_simulated&format=json|csv — the graded report of a period,
 * with the same query string (and so the same numbers) as the Statistiques reports.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = reportQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const filter = filterOf(parsed.data)
  const report = await loadGradedReport(req.scope, filter)
  if (parsed.data.format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${reportFileName(filter, "csv")}"`)
    res.status(200).send(gradedReportCsv(report, { entityLabels: ENTITY_TYPE_LABELS }))
    return
  }
  res.status(200).json(report)
}

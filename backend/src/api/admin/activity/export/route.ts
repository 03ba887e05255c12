import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService } from "../../../../modules/activity-log"
import { activityCsv } from "../../../../modules/activity-log/csv"
import { activityExportQuerySchema, describeIssues } from "../validators"

/** GET /admin/activity/export: the filtered journal as a French spreadsheet file (oldest first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = activityExportQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const journal = req.scope.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
  const entries = await journal.listForExport(parsed.data)
  const day = new Date().toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="journal-activite-${day}.csv"`)
  res.status(200).send(activityCsv(entries))
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService } from "../../../modules/activity-log"
import { activityListQuerySchema, describeIssues } from "./validators"

/**
 * GET /admin/activity: the journal, newest first, filtered by person, kind of entity and period.
 * Read-only: there is no route that changes or deletes an entry.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = activityListQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const journal = req.scope.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
  res.status(200).json(await journal.listJournal(parsed.data))
}

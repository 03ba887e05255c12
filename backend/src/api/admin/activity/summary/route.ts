import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService } from "../../../../modules/activity-log"
import { activitySummaryQuerySchema, describeIssues } from "../validators"

/** GET /admin/activity/summary: per person, how many changes of each kind over the period. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = activitySummaryQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const journal = req.scope.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
  res.status(200).json({ actors: await journal.summariseByActor(parsed.data) })
}

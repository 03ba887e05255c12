import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENT_STORE_MODULE, type EventStoreModuleService } from "../../../modules/event-store"

/** Visitor ids (posthog-js cookie) and a consent choice both last at most 13 months (CNIL). */
const VISITOR_ID_MAX_MONTHS = 13

/**
 * GET /admin/donnees-personnelles: the retention figures the page explains, read from the
 * running configuration rather than written into the page.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const eventStore = req.scope.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
  res.status(200).json({
    analytics_retention_months: eventStore.getRetentionMonths(),
    visitor_id_max_months: VISITOR_ID_MAX_MONTHS,
    consent_max_months: VISITOR_ID_MAX_MONTHS,
  })
}

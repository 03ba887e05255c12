import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService } from "../../../../../../modules/activity-log"
import { EVENT_STORE_MODULE, type EventStoreModuleService } from "../../../../../../modules/event-store"
import { personLink, personMention } from "../../../../../../workflows/personal-data/person-records"
import { readOrNotFound } from "../../../records"
import { customerParamsSchema, describeIssues } from "../../../validators"

/** At most this many analytics events in one export: years of a very active visitor. */
const MAX_EXPORTED_EVENTS = 20_000

/**
 * GET /admin/donnees-personnelles/clients/:id/export: everything the shop holds about one
 * customer, as a JSON file (right of access and portability).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const id = customerParamsSchema.safeParse({ id: req.params.id })
  if (!id.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(id.error) })
    return
  }
  const records = await readOrNotFound(req, res, id.data.id)
  if (!records) return
  const eventStore = req.scope.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
  const analyticsEvents = await eventStore.listPersonEvents(personLink(records), MAX_EXPORTED_EVENTS)
  const journal = req.scope.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
  const journalEntries = await journal.listCustomerMentions(personMention(records))
  res.setHeader("Content-Disposition", `attachment; filename="donnees-personnelles-${id.data.id}.json"`)
  res.status(200).json({
    exported_at: new Date().toISOString(),
    customer: records.customer,
    orders: records.orders,
    carts: records.carts,
    analytics_events: analyticsEvents,
    // What the shop's staff did about the customer, without saying who: the staff member's
    // e-mail and name are their own personal data, not the customer's.
    admin_activity: journalEntries.map(({ actor_id, actor_email, actor_name, ...entry }) => entry),
  })
}

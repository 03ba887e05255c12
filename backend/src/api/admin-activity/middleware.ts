import type { AuthContext, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService } from "../../modules/activity-log"
import { resolveActor } from "./actors"
import { type MutationDescription, describeMutation, summaryWithLabel } from "./describe-mutation"

type Row = Record<string, unknown>

/**
 * Records every successful admin change in the activity journal. Medusa's events do not say who
 * made a change, the request does: this middleware keeps the answer's JSON (for the entity's id
 * and label) and writes the entry once the response has been sent, so the journal never delays
 * or breaks the admin's request; a failure to write is logged, not raised.
 */
export function recordAdminActivity(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const method = req.method.toUpperCase()
  if (method !== "POST" && method !== "DELETE") return next()
  const path = (req.originalUrl ?? req.url).split("?")[0] ?? ""
  // Rejects what the journal ignores before any work (routes are matched again with the answer).
  if (describeMutation(method, path, undefined) === null) return next()

  let answered: unknown
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    answered = body
    return json(body)
  }
  const occurredAt = new Date()
  let settled = false
  // "finish": the answer was handed to the system; "close" alone: the client left early. The
  // change happened in both cases if an answer was sent.
  const settle = () => {
    if (settled || !res.headersSent) return
    settled = true
    if (res.statusCode < 200 || res.statusCode >= 300) return
    const auth = (req as MedusaRequest & { auth_context?: AuthContext }).auth_context
    if (!auth?.actor_id) return
    const description = describeMutation(method, path, answered)
    if (!description) return
    void writeEntry(req, auth, description, method, path, occurredAt)
  }
  res.once("finish", settle)
  res.once("close", settle)
  next()
}

async function writeEntry(
  req: MedusaRequest,
  auth: AuthContext,
  description: MutationDescription,
  method: string,
  path: string,
  occurredAt: Date
): Promise<void> {
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const actor = await resolveActor(req.scope, auth.actor_id, auth.actor_type)
    const label = description.entity_label ?? (await lookUpLabel(req, description))
    const journal = req.scope.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
    await journal.record({
      actor_id: auth.actor_id,
      actor_email: actor.email,
      actor_name: actor.name,
      action: description.action,
      entity_type: description.entity_type,
      entity_id: description.entity_id,
      entity_label: label,
      summary: label && !description.entity_label ? summaryWithLabel(description, label) : description.summary,
      method,
      path,
      occurred_at: occurredAt,
    })
  } catch (error) {
    logger.warn(`activity journal: could not record ${method} ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** A deleted entity's label, read back through Query (soft-deleted rows included). */
async function lookUpLabel(req: MedusaRequest, description: MutationDescription): Promise<string | null> {
  const lookup = description.labelLookup
  if (!lookup) return null
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: lookup.entity,
      fields: lookup.fields,
      filters: { id: lookup.id },
      withDeleted: true,
    })
    const row = (data as Row[])[0]
    return row ? lookup.label(row) : null
  } catch {
    // A label is a courtesy: the entry is written without one.
    return null
  }
}

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_AUDIT_REQUESTED } from "./events"
import { queueSeoAuditStep } from "./steps/queue-seo-audit"

export const startSeoAuditWorkflowId = "start-seo-audit"

/**
 * Queues an audit and hands the crawl to the `seo_audit.requested` subscriber, so the admin's
 * request answers at once and the crawl goes on in the background (in the worker when there is one).
 */
export const startSeoAuditWorkflow = createWorkflow(startSeoAuditWorkflowId, () => {
  const audit = queueSeoAuditStep()
  const data = transform({ audit }, ({ audit }) => ({ id: audit.id }))
  emitEventStep({ eventName: SEO_AUDIT_REQUESTED, data })
  return new WorkflowResponse(audit)
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { crawlStorefrontStep } from "./steps/crawl-storefront"
import { finishSeoAuditStep } from "./steps/finish-seo-audit"
import { markSeoAuditRunningStep } from "./steps/mark-seo-audit-running"

export const runSeoAuditWorkflowId = "run-seo-audit"

/** Crawls the storefront for a queued audit and records the outcome (started by the subscriber). */
export const runSeoAuditWorkflow = createWorkflow(runSeoAuditWorkflowId, (input: { id: string }) => {
  const target = markSeoAuditRunningStep(input.id)
  const outcome = crawlStorefrontStep(target)
  return new WorkflowResponse(finishSeoAuditStep(outcome))
})

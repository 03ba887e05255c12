import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_AUDIT_MODULE } from "../../../modules/seo-audit"
import type SeoAuditModuleService from "../../../modules/seo-audit/service"

/** Creates the queued audit record (409 while another audit is in progress). */
export const queueSeoAuditStep = createStep("queue-seo-audit", async (_: void, { container }) => {
  const audits = container.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
  const audit = await audits.queueAudit()
  return new StepResponse(audit, audit.id)
}, async (id, { container }) => {
  if (!id) return
  await container.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE).deleteSeoAudits(id)
})

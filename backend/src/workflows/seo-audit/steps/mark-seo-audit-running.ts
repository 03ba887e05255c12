import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SEO_AUDIT_MODULE } from "../../../modules/seo-audit"
import type SeoAuditModuleService from "../../../modules/seo-audit/service"
import { SEO_AUDIT_ABORTED } from "../error-message"

/** Moves a queued audit to `running`; returns the address to crawl. */
export const markSeoAuditRunningStep = createStep("mark-seo-audit-running", async (id: string, { container }) => {
  const audits = container.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
  const audit = await audits.retrieveSeoAudit(id, { select: ["id", "status", "base_url"] })
  if (audit.status !== "queued") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `SEO audit ${id} is ${audit.status}, not queued`)
  }
  await audits.updateSeoAudits({ id, status: "running", started_at: new Date() })
  return new StepResponse({ id, baseUrl: audit.base_url }, id)
}, async (id, { container }) => {
  // A later step failed without recording why (the crawl step never throws): close the audit
  // so it does not block the next one.
  if (!id) return
  await container.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE).updateSeoAudits({
    id, status: "failed", finished_at: new Date(), error: SEO_AUDIT_ABORTED,
  })
})

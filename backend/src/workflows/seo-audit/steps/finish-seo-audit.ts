import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_AUDIT_MODULE } from "../../../modules/seo-audit"
import type SeoAuditModuleService from "../../../modules/seo-audit/service"
import type { CrawlOutcome } from "./crawl-storefront"

/** Stores the crawl's result (`done`, with score and pages) or its failure (`failed`, with the reason). */
export const finishSeoAuditStep = createStep("finish-seo-audit", async (outcome: CrawlOutcome, { container }) => {
  const audits = container.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
  const finished_at = new Date()
  const update = outcome.audit
    ? {
        id: outcome.id,
        status: "done" as const,
        finished_at,
        score: Math.round(outcome.audit.score),
        page_count: outcome.audit.pages.length,
        result: outcome.audit as unknown as Record<string, unknown>,
        error: null,
      }
    : { id: outcome.id, status: "failed" as const, finished_at, error: outcome.error }
  const audit = await audits.updateSeoAudits(update)
  // The record is the audit's final state: undoing it would only hide the outcome.
  return new StepResponse({ id: audit.id, status: audit.status })
})

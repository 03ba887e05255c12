import { auditSite, type SiteAudit } from "@comptoir/analytics"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEO_AUDIT_MODULE } from "../../../modules/seo-audit"
import type SeoAuditModuleService from "../../../modules/seo-audit/service"
import { auditFailureMessage } from "../error-message"
import { fetchThrough } from "../storefront-fetch"

export type CrawlOutcome = { id: string; audit: SiteAudit; error: null } | { id: string; audit: null; error: string }

/**
 * Crawls the storefront (analytics `auditSite`: its sitemap, then every page). Never throws: a
 * failure becomes the French message the admin will read, so the next step can record it.
 * Writes nothing, hence no compensation.
 */
export const crawlStorefrontStep = createStep(
  "crawl-storefront",
  async (input: { id: string; baseUrl: string }, { container }): Promise<StepResponse<CrawlOutcome>> => {
    const internalUrl = container.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE).internalUrl
    try {
      const audit = await auditSite({
        baseUrl: input.baseUrl,
        fetch: internalUrl ? fetchThrough(input.baseUrl, internalUrl) : undefined,
      })
      return new StepResponse({ id: input.id, audit, error: null })
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`SEO audit ${input.id} failed: ${String(error)}`)
      return new StepResponse({ id: input.id, audit: null, error: auditFailureMessage(error, internalUrl ?? input.baseUrl) })
    }
  }
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEO_AUDIT_MODULE } from "../../../modules/seo-audit"
import { HISTORY_FIELDS, type default as SeoAuditModuleService } from "../../../modules/seo-audit/service"
import { startSeoAuditWorkflow } from "../../../workflows/seo-audit/start-seo-audit"
import { describeIssues, seoAuditHistoryQuery } from "./validators"

/**
 * POST /admin/seo-audits: queues an audit of the storefront and answers 202 at once; the crawl
 * runs in the background (poll GET /admin/seo-audits/:id). 409 while another one runs.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { result } = await startSeoAuditWorkflow(req.scope).run()
  res.status(202).json({ seo_audit: result })
}

/** GET /admin/seo-audits: the history, newest first, without the results themselves. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = seoAuditHistoryQuery.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const { limit, offset } = parsed.data
  const audits = req.scope.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
  const [seo_audits, count] = await audits.listAndCountSeoAudits(
    {},
    { select: HISTORY_FIELDS, take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  res.status(200).json({ seo_audits, count, limit, offset })
}

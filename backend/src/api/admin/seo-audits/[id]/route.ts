import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEO_AUDIT_MODULE } from "../../../../modules/seo-audit"
import type SeoAuditModuleService from "../../../../modules/seo-audit/service"
import { describeIssues, seoAuditId } from "../validators"

/** GET /admin/seo-audits/:id: one audit with its full result (pages and problems). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = seoAuditId.safeParse(req.params.id)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: `id: ${describeIssues(parsed.error)}` })
    return
  }
  const audits = req.scope.resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
  // retrieve throws NOT_FOUND (404) for an unknown id.
  const seo_audit = await audits.retrieveSeoAudit(parsed.data)
  res.status(200).json({ seo_audit })
}

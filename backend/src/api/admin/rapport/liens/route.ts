import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeIssues } from "../../statistiques/query"
import { shareLinkDto, shareService, shareUrl } from "../share-links"
import { createShareLinkSchema } from "../validators"

/**
 * POST /admin/rapport/liens — creates a read-only link to the graded report of a period. The
 * answer is the only place the URL (its token) ever appears: the database keeps its hash.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = createShareLinkSchema.safeParse(req.body ?? {})
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const body = parsed.data
  const { share, token } = await shareService(req.scope).createShareLink({
    period: { from: body.from, to: body.to },
    includeSimulated: body.include_simulated,
    validityDays: body.validity_days,
    label: body.label ?? null,
    createdBy: req.auth_context?.actor_id ?? null,
  })
  res.status(201).json({ link: shareLinkDto(share), url: shareUrl(token, `${req.protocol}://${req.get("host")}`) })
}

/** GET /admin/rapport/liens — the links not revoked, newest first (expired ones included, marked). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const shares = await shareService(req.scope).listReportShares({}, { order: { created_at: "DESC" }, take: 200 })
  const now = new Date()
  res.status(200).json({ links: shares.map((share) => shareLinkDto(share as never, now)) })
}

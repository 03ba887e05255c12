import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { gradedReportCsv, previousPeriod, type Granularity, type ReportFilter } from "@comptoir/analytics"
import { REPORT_SHARE_MODULE, type ReportShareModuleService, type ReportShareRecord } from "../../../modules/report-share"
import { ENTITY_TYPE_LABELS } from "../../../modules/activity-log/labels"
import { loadGradedReport, reportFileName } from "../../admin/rapport/load-report"
import { renderErrorPage, renderReportPage } from "../html/page"

/**
 * GET /rapport/:token — the graded report behind a share link, for a jury without an admin
 * account: a printable HTML page for a browser, JSON otherwise (`?format=json|csv|html` forces
 * one). Outside /admin and /store, so no login; read-only: every other method answers 405.
 */

const DAY_MS = 86_400_000

/** The bucket size the dashboard picks for a period of this length (admin lib/statistics/filter.ts). */
function granularityOf(from: string, to: string): Granularity {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)
  return days <= 2 ? "hour" : days > 92 ? "week" : "day"
}

function filterOf(share: ReportShareRecord): ReportFilter {
  const period = { from: new Date(share.period_from).toISOString(), to: new Date(share.period_to).toISOString() }
  return { period, comparison: previousPeriod(period), includeSimulated: share.include_simulated, granularity: granularityOf(period.from, period.to) }
}

type Format = "html" | "json" | "csv"

function formatOf(req: MedusaRequest): Format {
  const asked = req.query.format
  if (asked === "json" || asked === "csv" || asked === "html") return asked
  return req.accepts(["json", "html"]) === "html" ? "html" : "json"
}

function refuse(res: MedusaResponse, format: Format, status: 404 | 410, message: string, pageTitle: string, pageText: string): void {
  res.status(status)
  if (format === "html") res.type("html").send(renderErrorPage(pageTitle, pageText))
  else res.json({ type: status === 404 ? "not_found" : "expired", message })
}

export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  // The token is in the URL: no cache may keep the page, no link may leak it as a referrer.
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("X-Robots-Tag", "noindex, nofollow")
  const format = formatOf(req)
  const shares = req.scope.resolve<ReportShareModuleService>(REPORT_SHARE_MODULE)
  const lookup = await shares.findByToken(String(req.params.token ?? ""))
  if (lookup.status === "unknown") {
    refuse(res, format, 404, "This report link does not exist or has been revoked.", "Lien introuvable",
      "Ce lien de rapport n’existe pas ou a été révoqué. Demandez un nouveau lien à l’enseignant.")
    return
  }
  if (lookup.status === "expired") {
    const expiredAt = new Date(lookup.share.expires_at).toISOString()
    refuse(res, format, 410, `This report link expired on ${expiredAt}.`, "Lien expiré",
      `Ce lien de rapport a expiré le ${expiredAt.slice(0, 10)}. Demandez un nouveau lien à l’enseignant.`)
    return
  }
  const filter = filterOf(lookup.share)
  const report = await loadGradedReport(req.scope, filter)
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${reportFileName(filter, "csv")}"`)
    res.status(200).send(gradedReportCsv(report, { entityLabels: ENTITY_TYPE_LABELS }))
    return
  }
  if (format === "html") {
    // No script, no outside resource: the page is its own inline style and SVG.
    res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    res.status(200).type("html").send(renderReportPage(report))
    return
  }
  res.status(200).json(report)
}

function readOnly(_req: MedusaRequest, res: MedusaResponse): void {
  res.setHeader("Allow", "GET, HEAD")
  res.status(405).json({ type: "not_allowed", message: "This report link is read-only: only GET is allowed." })
}

export const POST = readOnly
export const PUT = readOnly
export const PATCH = readOnly
export const DELETE = readOnly

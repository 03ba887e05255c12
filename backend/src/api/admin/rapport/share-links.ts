import type { MedusaContainer } from "@medusajs/framework/types"
import { REPORT_SHARE_MODULE, type ReportShareModuleService, type ReportShareRecord } from "../../../modules/report-share"
import { publicUrls } from "./load-report"

/** A share link as the admin API lists it: never the token, which only its creation answer holds. */
export interface ShareLinkDto {
  id: string
  from: string
  to: string
  include_simulated: boolean
  label: string | null
  expires_at: string
  expired: boolean
  created_by: string | null
  created_at: string
}

export function shareService(scope: MedusaContainer): ReportShareModuleService {
  return scope.resolve<ReportShareModuleService>(REPORT_SHARE_MODULE)
}

export function shareLinkDto(share: ReportShareRecord, now = new Date()): ShareLinkDto {
  const iso = (value: Date | string) => new Date(value).toISOString()
  return {
    id: share.id,
    from: iso(share.period_from),
    to: iso(share.period_to),
    include_simulated: share.include_simulated,
    label: share.label,
    expires_at: iso(share.expires_at),
    expired: new Date(share.expires_at).getTime() <= now.getTime(),
    created_by: share.created_by,
    created_at: iso(share.created_at),
  }
}

/** The public address of a token: the backend serves the read-only page itself (api/rapport). */
export function shareUrl(token: string, requestOrigin: string): string {
  const base = publicUrls().backend ?? requestOrigin
  return `${base}/rapport/${token}`
}

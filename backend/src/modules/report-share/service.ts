import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ReportShare } from "./models/report-share"
import { hashShareToken, isWellFormedToken, newShareToken } from "./token"

const DAY_MS = 86_400_000
/** A jury session is a matter of weeks; a link that lives longer is a link someone forgot. */
export const MAX_SHARE_VALIDITY_DAYS = 90

export interface CreateShareLinkInput {
  period: { from: string; to: string }
  includeSimulated: boolean
  validityDays: number
  label?: string | null
  createdBy?: string | null
  /** The clock the expiry counts from (tests move it back to make an expired link). */
  now?: Date
}

export interface ReportShareRecord {
  id: string
  token_hash: string
  period_from: Date
  period_to: Date
  include_simulated: boolean
  label: string | null
  expires_at: Date
  created_by: string | null
  created_at: Date
}

export type ShareLookup =
  | { status: "active"; share: ReportShareRecord }
  | { status: "expired"; share: ReportShareRecord }
  | { status: "unknown" }

class ReportShareModuleService extends MedusaService({ ReportShare }) {
  /** Creates a link; the token is returned here only, the table keeps its hash. */
  async createShareLink(input: CreateShareLinkInput): Promise<{ share: ReportShareRecord; token: string }> {
    const problems: string[] = []
    if (!Number.isInteger(input.validityDays) || input.validityDays < 1 || input.validityDays > MAX_SHARE_VALIDITY_DAYS) {
      problems.push(`validity must be a whole number of days between 1 and ${MAX_SHARE_VALIDITY_DAYS}`)
    }
    if (!(Date.parse(input.period.from) < Date.parse(input.period.to))) problems.push("the period must start before it ends")
    if (problems.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    const now = input.now ?? new Date()
    const token = newShareToken()
    const share = await this.createReportShares({
      token_hash: hashShareToken(token),
      period_from: new Date(input.period.from),
      period_to: new Date(input.period.to),
      include_simulated: input.includeSimulated,
      label: input.label ?? null,
      expires_at: new Date(now.getTime() + input.validityDays * DAY_MS),
      created_by: input.createdBy ?? null,
    })
    return { share: share as unknown as ReportShareRecord, token }
  }

  /** A revoked (deleted) link is unknown; an expired one is told apart so the jury knows why. */
  async findByToken(token: string, now = new Date()): Promise<ShareLookup> {
    if (!isWellFormedToken(token)) return { status: "unknown" }
    const [share] = await this.listReportShares({ token_hash: hashShareToken(token) }, { take: 1 })
    if (!share) return { status: "unknown" }
    const record = share as unknown as ReportShareRecord
    return new Date(record.expires_at).getTime() <= now.getTime() ? { status: "expired", share: record } : { status: "active", share: record }
  }
}

export default ReportShareModuleService

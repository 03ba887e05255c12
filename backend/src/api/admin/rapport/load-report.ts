import {
  getGradedReport, type ActivityPersonSummary, type AuditScorePoint, type GradedReport, type ReportFilter,
} from "@comptoir/analytics"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadConfig } from "../../../config/schema"
import type { ActorActivitySummary } from "../../../modules/activity-log"
import { knexQuery } from "../statistiques/reports"

// Everything the graded report needs besides the report queries: the shop's identity, the SEO
// audits' scores and the activity log's per-person summary. The two modules are optional: a
// shop without them gets a report whose sections say so.

const SEO_AUDIT_MODULE = "seoAudit"
const ACTIVITY_LOG_MODULE = "activityLog"

interface SeoAuditReader {
  listSeoAudits(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<{ finished_at: Date | string | null; score: number | null }[]>
}

interface ActivityReader {
  summariseByActor(filter: { from?: Date; to?: Date }): Promise<ActorActivitySummary[]>
}

function optional<T>(scope: MedusaContainer, key: string): T | null {
  return scope.hasRegistration(key) ? scope.resolve<T>(key) : null
}

/** The storefront's and the backend's public addresses, as the configuration defines them. */
export function publicUrls(): { storefront: string | null; backend: string | null } {
  try {
    const config = loadConfig(process.env)
    return { storefront: config.storefrontUrl, backend: config.backendUrl.replace(/\/+$/, "") }
  } catch {
    return { storefront: process.env.STOREFRONT_URL ?? null, backend: process.env.BACKEND_URL ?? null }
  }
}

async function shopIdentity(scope: MedusaContainer) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["name", "supported_currencies.currency_code", "supported_currencies.is_default"] })
  const currencies = (store?.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  const currency = currencies.find((entry) => entry.is_default)?.currency_code ?? currencies[0]?.currency_code ?? "eur"
  return { name: store?.name ?? "Boutique", url: publicUrls().storefront, currency }
}

/** Finished audits up to the end of the period, oldest first. */
async function auditHistory(scope: MedusaContainer, filter: ReportFilter): Promise<AuditScorePoint[] | null> {
  const audits = optional<SeoAuditReader>(scope, SEO_AUDIT_MODULE)
  if (!audits) return null
  const rows = await audits.listSeoAudits({ status: "done" }, { select: ["finished_at", "score"], order: { finished_at: "ASC" }, take: 200 })
  const end = Date.parse(filter.period.to)
  return rows.flatMap((row) => {
    if (row.score === null || row.finished_at === null) return []
    const at = new Date(row.finished_at)
    return at.getTime() < end ? [{ at: at.toISOString(), score: Number(row.score) }] : []
  })
}

async function activity(scope: MedusaContainer, filter: ReportFilter): Promise<ActivityPersonSummary[] | null> {
  const log = optional<ActivityReader>(scope, ACTIVITY_LOG_MODULE)
  if (!log) return null
  const people = await log.summariseByActor({ from: new Date(filter.period.from), to: new Date(filter.period.to) })
  return people.map((person) => ({
    actor_id: person.actor_id,
    name: person.actor_name,
    email: person.actor_email,
    total: person.total,
    by_entity: person.by_entity_type,
    by_action: Object.fromEntries(Object.entries(person.by_action).map(([action, count]) => [action, count ?? 0])),
  }))
}

export async function loadGradedReport(scope: MedusaContainer, filter: ReportFilter): Promise<GradedReport> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return getGradedReport(knexQuery(knex), filter, {
    shop: await shopIdentity(scope),
    auditHistory: await auditHistory(scope, filter),
    activity: await activity(scope, filter),
  })
}

/** `report-2026-11-01.csv`: the period's first day names the file. */
export function reportFileName(filter: ReportFilter, extension: "csv" | "json"): string {
  return `rapport-evaluation-${filter.period.from.slice(0, 10)}.${extension}`
}


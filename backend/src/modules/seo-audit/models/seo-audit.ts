import { model } from "@medusajs/framework/utils"

/** Where an audit stands; `queued` and `running` are "in progress" (one at a time). */
export const SEO_AUDIT_STATUSES = ["queued", "running", "done", "failed"] as const
export type SeoAuditStatus = (typeof SEO_AUDIT_STATUSES)[number]

/**
 * One crawl of the storefront by the SEO audit (analytics `auditSite`). The whole `SiteAudit`
 * is kept as JSON: it is read back as one document (the admin's audit page), never queried
 * inside; the score and page count sit in columns for the history and the statistics.
 */
export const SeoAudit = model
  .define("seo_audit", {
    id: model.id({ prefix: "seoaud" }).primaryKey(),
    status: model.enum([...SEO_AUDIT_STATUSES]).default("queued"),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
    /** The storefront address the crawl started from. */
    base_url: model.text(),
    page_count: model.number().default(0),
    /** 0–100, set once the audit is done. */
    score: model.number().nullable(),
    result: model.json().nullable(),
    /** Why the audit failed, in French for the admin. */
    error: model.text().nullable(),
  })
  .indexes([
    // At most one audit in progress per status: two concurrent starts cannot both insert a
    // queued row, whatever the timing of the check that comes before.
    { name: "IDX_seo_audit_in_progress", on: ["status"], unique: true, where: "status IN ('queued', 'running')" },
    { name: "IDX_seo_audit_finished_at", on: ["finished_at"] },
  ])

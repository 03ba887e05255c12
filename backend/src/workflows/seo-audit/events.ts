/** Emitted when an admin starts an audit; the subscriber `seo-audit-requested` runs the crawl. */
export const SEO_AUDIT_REQUESTED = "seo_audit.requested"

export type SeoAuditRequested = { id: string }

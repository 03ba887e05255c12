import { Module } from "@medusajs/framework/utils"
import SeoAuditModuleService from "./service"

export const SEO_AUDIT_MODULE = "seoAudit"

export default Module(SEO_AUDIT_MODULE, {
  service: SeoAuditModuleService,
})

export type { SeoAuditModuleOptions } from "./service"
export { SEO_AUDIT_STATUSES, type SeoAuditStatus } from "./models/seo-audit"
export { SeoAuditModuleService }

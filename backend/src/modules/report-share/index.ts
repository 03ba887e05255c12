import { Module } from "@medusajs/framework/utils"
import ReportShareModuleService from "./service"

/** Read-only links to the graded report ("Rapport d'évaluation") for a jury. */
export const REPORT_SHARE_MODULE = "reportShare"

export default Module(REPORT_SHARE_MODULE, {
  service: ReportShareModuleService,
})

export { ReportShareModuleService }
export { MAX_SHARE_VALIDITY_DAYS, type ReportShareRecord, type ShareLookup, type CreateShareLinkInput } from "./service"

import { Module } from "@medusajs/framework/utils"
import ActivityLogModuleService from "./service"

/** The admin's activity journal: who changed what, and when (see models/activity-entry.ts). */
export const ACTIVITY_LOG_MODULE = "activityLog"

export default Module(ACTIVITY_LOG_MODULE, {
  service: ActivityLogModuleService,
})

export { ActivityLogModuleService }
export type { ActivityEntryInput, ActivityFilter, ActivityPage, ActorActivitySummary, ActivitySummaryFilter } from "./types"
export { ERASED_CUSTOMER_LABEL, type CustomerMention, type ScrubbedFields } from "./customer-mentions"
export { ACTIVITY_ACTIONS, type ActivityAction } from "./actions"

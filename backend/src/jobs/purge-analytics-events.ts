import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_STORE_MODULE, type EventStoreModuleService } from "../modules/event-store"

/**
 * Deletes analytics events older than ANALYTICS_RETENTION_MONTHS (25 by default, the CNIL's
 * limit) and the report rollups of those visits. Daily, at night, when the shop is quiet; a run
 * that missed a day catches up the next, since it deletes everything before the cutoff.
 */
export default async function purgeAnalyticsEventsJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const eventStore = container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
  const { cutoff, events, rollupRows } = await eventStore.purgeExpiredEvents()
  logger.info(
    `Analytics retention: ${events} event(s) and ${rollupRows} rollup row(s) dated before ${cutoff.toISOString()} deleted`
  )
}

export const config = {
  name: "purge-analytics-events",
  schedule: "17 3 * * *",
}

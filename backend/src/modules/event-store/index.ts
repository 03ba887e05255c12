import { Module } from "@medusajs/framework/utils"
import EventStoreModuleService from "./service"

/**
 * Comptoir's analytics event store. Not named `analytics`: Medusa's own Analytics module uses
 * that key (it forwards events to a provider and stores nothing), and both can be loaded.
 */
export const EVENT_STORE_MODULE = "eventStore"

export default Module(EVENT_STORE_MODULE, {
  service: EventStoreModuleService,
})

export type { EventStoreModuleOptions } from "./service"
export { EventStoreModuleService }
export type { PersonLink } from "./person-data"
export type { PurgeResult } from "./retention"

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_STORE_MODULE } from "../../modules/event-store"
import type EventStoreModuleService from "../../modules/event-store/service"
import type { ServerEventInput } from "../../modules/event-store/server-events"

export const storeServerEventsStepId = "store-server-events"

/**
 * Writes server-side events to the event store. Compensation removes exactly the rows this
 * step inserted: an event already stored by an earlier delivery is left alone.
 */
export const storeServerEventsStep = createStep(
  storeServerEventsStepId,
  async (events: ServerEventInput[], { container }) => {
    const eventStore = container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
    const inserted = await eventStore.recordServerEvents(events)
    return new StepResponse({ inserted }, inserted)
  },
  async (inserted, { container }) => {
    if (!inserted?.length) return
    const eventStore = container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
    await eventStore.deleteEventsByUuid(inserted)
  }
)

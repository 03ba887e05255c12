import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { EVENT_STORE_MODULE, type EventStoreModuleService, type PersonLink } from "../../../modules/event-store"

/**
 * Deletes the person's analytics events and visit rollups. It has no compensation (the rows are
 * gone), so the workflow runs it last, once every other write has succeeded.
 */
export const erasePersonEventsStep = createStep("erase-person-events", async (link: PersonLink, { container }) => {
  const eventStore = container.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
  return new StepResponse(await eventStore.erasePersonEvents(link))
})

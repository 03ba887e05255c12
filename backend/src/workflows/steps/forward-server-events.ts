import type { IAnalyticsModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ServerEventInput } from "../../modules/event-store/server-events"

export const forwardServerEventsStepId = "forward-server-events"

/**
 * Sends server-side events to PostHog through Medusa's Analytics module when it is configured
 * (POSTHOG_HOST and POSTHOG_API_KEY, see config/medusa.ts); otherwise does nothing. Last step
 * of its workflows and nothing to undo: an event sent to PostHog cannot be recalled.
 */
export const forwardServerEventsStep = createStep(
  forwardServerEventsStepId,
  async (events: ServerEventInput[], { container }) => {
    const analytics = container.resolve<IAnalyticsModuleService | undefined>(Modules.ANALYTICS, { allowUnregistered: true })
    if (!analytics) return new StepResponse({ forwarded: 0 })
    for (const event of events) {
      await analytics.track({
        event: event.event,
        // PostHog needs a person; an order placed outside the storefront has only itself.
        actor_id: event.distinct_id ?? String(event.properties.customer_id ?? event.properties.order_id ?? event.uuid),
        properties: { ...event.properties, $session_id: event.session_id ?? undefined, $insert_id: event.uuid },
      })
    }
    return new StepResponse({ forwarded: events.length })
  }
)

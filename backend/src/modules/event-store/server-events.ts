import type { ContractEventName } from "@comptoir/analytics"

/** An event the backend records itself (order placed, canceled, refunded). */
export interface ServerEventInput {
  /**
   * Derived from what the event describes (see serverEventUuid), so that a subscriber running
   * twice for the same order stores it once.
   */
  uuid: string
  event: ContractEventName
  /** The visitor's posthog-js ids, read from the cart: they join the order to the visit. */
  distinct_id: string | null
  session_id: string | null
  /** ISO 8601: workflow steps pass their input through JSON, which would turn a Date into a string anyway. */
  timestamp: string
  properties: Record<string, unknown>
}

/** Library name stored with server events, as posthog-js stores `web`. */
export const SERVER_EVENT_LIB = "comptoir-backend"

/**
 * The same envelope posthog-js would send, so server events go through the same normalisation
 * (typed columns, contract check, IP stripping) as browser events.
 */
export function serverEventsEnvelope(events: readonly ServerEventInput[]): string {
  return JSON.stringify({
    batch: events.map((event) => ({
      uuid: event.uuid,
      event: event.event,
      distinct_id: event.distinct_id ?? undefined,
      timestamp: event.timestamp,
      properties: {
        ...event.properties,
        $session_id: event.session_id ?? undefined,
        $lib: SERVER_EVENT_LIB,
      },
    })),
  })
}

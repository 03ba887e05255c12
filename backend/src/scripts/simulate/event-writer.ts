import { type NormalisedEvent, normaliseCapture } from "@comptoir/analytics"
import type EventStoreModuleService from "../../modules/event-store/service"
import type { PosthogEvent } from "./visit-events"

/** Events per capture envelope: what posthog-js batches stay well under the ingest's 2 MiB body limit. */
const ENVELOPE_EVENTS = 400
/** Normalised events per INSERT: one statement per few thousand rows keeps round trips few. */
const INSERT_EVENTS = 4000

/**
 * Sends simulated events down the browser's path: a posthog-js envelope, normalised by the
 * analytics package exactly as the ingest route does, written by the event store's batch insert.
 */
export class EventWriter {
  private envelope: PosthogEvent[] = []
  private normalised: NormalisedEvent[] = []
  stored = 0

  constructor(private readonly eventStore: EventStoreModuleService) {}

  async add(events: readonly PosthogEvent[]): Promise<void> {
    for (const event of events) {
      this.envelope.push(event)
      if (this.envelope.length >= ENVELOPE_EVENTS) this.normaliseEnvelope()
    }
    if (this.normalised.length >= INSERT_EVENTS) await this.write()
  }

  async flush(): Promise<void> {
    this.normaliseEnvelope()
    await this.write()
  }

  private normaliseEnvelope(): void {
    if (this.envelope.length === 0) return
    // No sent_at: the timestamps are historical on purpose, not a drifting clock to correct.
    const body = JSON.stringify({ api_key: "comptoir-simulator", batch: this.envelope })
    this.envelope = []
    const result = normaliseCapture({ body, contentType: "application/json" })
    if (!result.ok) throw new Error(`simulated events refused by the normalisation: ${result.reason}`)
    for (const event of result.events) this.normalised.push(event)
  }

  private async write(): Promise<void> {
    if (this.normalised.length === 0) return
    const batch = this.normalised
    this.normalised = []
    const { inserted } = await this.eventStore.storeEvents(batch)
    this.stored += inserted
  }
}

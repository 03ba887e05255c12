import type { NormalisedEvent } from "@comptoir/analytics"
import { ARRAY_COLUMNS } from "./columns"
import { toStorableJson, toStorableText } from "./storable-json"

/**
 * The parameters of INSERT_EVENTS_SQL for a batch: one array per typed column, in
 * ARRAY_COLUMNS order, then every event's properties as one JSON array. Every event must
 * already have its uuid.
 */
export function insertParameters(events: readonly NormalisedEvent[]): unknown[] {
  const arrays = ARRAY_COLUMNS.map(() => new Array<unknown>(events.length))
  const properties = new Array<unknown>(events.length)
  for (let row = 0; row < events.length; row++) {
    const event = events[row] as NormalisedEvent
    for (let column = 0; column < ARRAY_COLUMNS.length; column++) {
      const name = ARRAY_COLUMNS[column] as (typeof ARRAY_COLUMNS)[number]
      const value = name === "timestamp" ? event.timestamp.toISOString() : event[name]
      ;(arrays[column] as unknown[])[row] = typeof value === "string" ? toStorableText(value) : value
    }
    properties[row] = event.properties
  }
  return [...arrays, toStorableJson(properties)]
}

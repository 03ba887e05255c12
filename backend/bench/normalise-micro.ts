/**
 * `node --import tsx bench/normalise-micro.ts`: the Node-side cost of one capture batch without
 * HTTP or Postgres (normalise, then build the INSERT parameters), in CPU µs per event (process
 * CPU time, so that other work on a shared machine inflates it less than wall time). Quick, to
 * target the ingest's CPU before running the whole benchmark.
 */
import { normaliseCapture } from "@comptoir/analytics"
import { insertParameters } from "../src/modules/event-store/rows"
import { gzipBatch, posthogBatch } from "./payloads"

const EVENTS_PER_BATCH = 50
const BATCHES = 400
const now = Date.now()
const bodies = Array.from({ length: BATCHES }, (_, batchIndex) =>
  gzipBatch(posthogBatch({ batchIndex, eventsPerBatch: EVENTS_PER_BATCH, seed: 1, now }))
)

const cpuUs = () => {
  const usage = process.cpuUsage()
  return usage.user + usage.system
}

function pass(): { normaliseUs: number; paramsUs: number } {
  const normalisedBatches = []
  const started = cpuUs()
  for (const body of bodies) {
    const result = normaliseCapture({ body, contentType: "text/plain", userAgent: "Mozilla/5.0" })
    if (!result.ok) throw new Error(result.reason)
    normalisedBatches.push(result.events)
  }
  const normalised = cpuUs()
  for (const events of normalisedBatches) {
    for (const event of events) event.uuid ??= crypto.randomUUID()
    insertParameters(events)
  }
  const events = BATCHES * EVENTS_PER_BATCH
  return { normaliseUs: (normalised - started) / events, paramsUs: (cpuUs() - normalised) / events }
}

for (let i = 0; i < 3; i++) pass()
const samples = Array.from({ length: 5 }, pass)
const best = (key: "normaliseUs" | "paramsUs") => Math.min(...samples.map((sample) => sample[key]))
process.stdout.write(
  `normalise ${best("normaliseUs").toFixed(1)} µs/event, insert parameters ${best("paramsUs").toFixed(1)} µs/event (best of 5)\n`
)

import { type IngestConfig, normaliseCapture } from "@comptoir/analytics"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EVENT_STORE_MODULE } from "../../modules/event-store"
import type EventStoreModuleService from "../../modules/event-store/service"
import { captureClientSource } from "./client-key"
import { readRawBody } from "./read-raw-body"

/** Largest capture body accepted, as received (gzip or base64 still applied): 1 MiB. */
export const MAX_CAPTURE_BODY_BYTES = 1_048_576

/**
 * Largest capture body once gzip or base64 is undone: 4 MiB instead of the analytics package's
 * 16 MiB. posthog-js flushes every few seconds, so a batch holds a few dozen events of 1–3 KB
 * (the benchmark's 50-event batches decode to ~120 KB); 4 MiB is ~1,500 such events, and it
 * still takes any plain JSON body under MAX_CAPTURE_BODY_BYTES. The bound is what one request
 * may cost in memory: JSON.parse makes several times the text's size in objects, so eight
 * concurrent 16 MiB gzip bombs could take a school server's whole memory, 4 MiB ones cannot.
 */
export const MAX_DECODED_CAPTURE_BYTES = 4 * 1_048_576

const INGEST_LIMITS: Partial<IngestConfig> = {
  maxBodyBytes: MAX_CAPTURE_BODY_BYTES,
  maxDecodedBytes: MAX_DECODED_CAPTURE_BYTES,
}

function refuse(res: MedusaResponse, status: number, type: string, message: string, closeConnection = false) {
  if (closeConnection) res.setHeader("Connection", "close")
  res.status(status).json({ type, message })
}

/**
 * posthog-js's capture endpoints (`/e/`, `/i/v0/e/`, `/batch/`, `/capture/`). The body arrives
 * unparsed (see middlewares.ts): gzip labelled text/plain, JSON, or a `data=<base64>` form.
 * The batch is normalised by the analytics package, then written in one statement (shared with
 * the batches of concurrent requests, see event-store/group-insert.ts) and committed before
 * the 200, so an acknowledged event is never lost. One faulty event refuses
 * the whole batch (400, with the reason), as posthog-js would otherwise resend the good ones.
 */
export async function handleCapture(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const body = await readRawBody(req, MAX_CAPTURE_BODY_BYTES)
  if (!body.ok) return refuse(res, body.status, "invalid_data", body.reason, body.closeConnection)

  const result = normaliseCapture(
    {
      body: body.body,
      contentType: req.headers["content-type"],
      query: req.query,
      userAgent: req.headers["user-agent"],
    },
    { config: INGEST_LIMITS }
  )
  const eventStore = req.scope.resolve<EventStoreModuleService>(EVENT_STORE_MODULE)
  // Refused requests count too: a client looping on a broken body is throttled as well.
  const distinctId = result.ok ? (result.events.find((event) => event.distinct_id !== null)?.distinct_id ?? null) : null
  const rate = await eventStore.takeRateToken(captureClientSource(req.ip, distinctId))
  if (!rate.allowed) {
    res.setHeader("Retry-After", String(rate.retryAfterSeconds))
    return refuse(res, 429, "rate_limited", `too many capture requests from this client; retry in ${rate.retryAfterSeconds} s`)
  }
  if (!result.ok) return refuse(res, result.status, "invalid_data", result.reason)

  await eventStore.storeCaptureBatch(result.events)
  res.status(200).json({ status: 1 })
}

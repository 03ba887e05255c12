import { localClientKey } from "../../modules/event-store/client-key"

/**
 * What identifies the client of a capture request: the visitor's distinct id when the batch
 * names one (so a class behind one school proxy is not counted as a single client), else the
 * connecting address. It is personal: the event store only keeps a salted hash of it.
 */
export function captureClientSource(ip: string | undefined, distinctId: string | null): string {
  return distinctId !== null ? `distinct:${distinctId}` : `address:${ip ?? "unknown"}`
}

/** The in-process rate limiter's key for one capture request (a salted hash, see client-key in the event store). */
export function captureClientKey(ip: string | undefined, distinctId: string | null, now = Date.now()): string {
  return localClientKey(captureClientSource(ip, distinctId), now)
}

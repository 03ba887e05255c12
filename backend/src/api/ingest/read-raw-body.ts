import type { IncomingMessage } from "node:http"

export type RawBodyResult =
  | { ok: true; body: Buffer }
  | {
      ok: false
      status: 400 | 413
      reason: string
      /** True when the rest of the body was left unread: the answer must close the connection. */
      closeConnection: boolean
    }

/**
 * Past the limit, the rest of a body is still read (and thrown away) up to this many bytes, so
 * that the client, still sending, receives the 413 instead of a reset connection. Beyond it
 * the connection is closed: nobody may make the server read gigabytes.
 */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024

function tooLarge(maxBytes: number, closeConnection: boolean): RawBodyResult {
  return { ok: false, status: 413, reason: `body is larger than ${maxBytes} bytes`, closeConnection }
}

/**
 * Reads a request body as raw bytes, refusing anything over `maxBytes`: first from the
 * Content-Length header (nothing buffered), then by counting the bytes actually received, since
 * a chunked body, or a lying header, says nothing reliable about its size. Never rejects.
 */
export function readRawBody(request: IncomingMessage, maxBytes: number): Promise<RawBodyResult> {
  const declared = Number(request.headers["content-length"])
  if (Number.isFinite(declared) && declared > DRAIN_LIMIT_BYTES) {
    return Promise.resolve(tooLarge(maxBytes, true))
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let received = 0
    let overLimit = Number.isFinite(declared) && declared > maxBytes
    let settled = false
    const finish = (result: RawBodyResult) => {
      if (settled) return
      settled = true
      request.off("data", onData)
      request.off("end", onEnd)
      request.off("error", onError)
      request.off("close", onError)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > DRAIN_LIMIT_BYTES) {
        request.pause()
        finish(tooLarge(maxBytes, true))
      } else if (received > maxBytes) {
        overLimit = true
        chunks.length = 0
      } else if (!overLimit) {
        chunks.push(chunk)
      }
    }
    const onEnd = () => finish(overLimit ? tooLarge(maxBytes, false) : { ok: true, body: Buffer.concat(chunks, received) })
    const onError = () =>
      finish({ ok: false, status: 400, reason: "the request body was interrupted", closeConnection: true })
    request.on("data", onData)
    request.on("end", onEnd)
    request.on("error", onError)
    request.on("close", onError)
  })
}

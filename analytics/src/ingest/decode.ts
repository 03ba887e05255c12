import { gunzipSync } from 'node:zlib'
import type { IngestConfig } from '../config'
import type { NormaliseFailure, RawCaptureRequest } from './types'

export type DecodeResult = { ok: true; value: unknown } | NormaliseFailure

type DecodeLimits = Pick<IngestConfig, 'maxBodyBytes' | 'maxDecodedBytes'>

const GZIP_MAGIC_0 = 0x1f
const GZIP_MAGIC_1 = 0x8b
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/
const BASE64_NOISE = /[\s]/g
const URL_SAFE_BASE64 = /[-_]/g

function fail(status: 400 | 413, reason: string): NormaliseFailure {
  return { ok: false, status, reason }
}

/** Reads one query parameter from whichever shape the HTTP framework gave us. */
export function readQueryParam(query: RawCaptureRequest['query'], name: string): string | null {
  if (query === null || query === undefined) return null
  if (typeof query === 'string') return new URLSearchParams(query).get(name)
  if (query instanceof URLSearchParams) return query.get(name)
  const value = query[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return null
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1
}

/** First non-blank character is `{` or `[`: the text is JSON, whatever the query claims. */
function looksLikeJson(text: string): boolean {
  const trimmed = text.trimStart()
  return trimmed.startsWith('{') || trimmed.startsWith('[')
}

function decodeBase64(text: string): Buffer | null {
  // Form decoding turns an unescaped "+" into a space; URL-safe base64 uses "-" and "_".
  const compact = text.replace(BASE64_NOISE, (space) => (space === ' ' ? '+' : ''))
  const standard = compact.replace(URL_SAFE_BASE64, (c) => (c === '-' ? '+' : '/'))
  // Buffer.from skips invalid characters silently; refuse them instead of guessing.
  if (standard.length === 0 || standard.length % 4 === 1 || !BASE64_BODY.test(standard)) return null
  return Buffer.from(standard, 'base64')
}

function isFormBody(contentType: string | null | undefined, bytes: Uint8Array): boolean {
  if (contentType?.toLowerCase().includes('application/x-www-form-urlencoded')) return true
  // sendBeacon sometimes arrives without a usable content type.
  return bytes.length > 5 && bytes[0] === 0x64 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'data='
}

/** Undoes gzip if the magic bytes say so, with the output capped so a bomb costs nothing. */
function gunzipIfNeeded(bytes: Buffer, limits: DecodeLimits): Buffer | NormaliseFailure {
  if (!isGzip(bytes)) return bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxDecodedBytes })
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      return fail(413, `gzip body decompresses to more than ${limits.maxDecodedBytes} bytes`)
    }
    return fail(400, 'body starts like gzip but cannot be decompressed (truncated or corrupt)')
  }
}

/**
 * Turns a capture request body into a parsed JSON value, whatever way posthog-js packed it:
 * plain JSON, gzip (detected by its magic bytes, as posthog-js labels it text/plain), a
 * `data=<base64>` form (sendBeacon), or a base64 body announced by `?compression=base64`.
 * Base64 may wrap gzip; both layers are undone.
 */
export function decodeBody(request: RawCaptureRequest, limits: DecodeLimits): DecodeResult {
  const raw = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body
  if (!(raw instanceof Uint8Array)) return fail(400, 'body must be bytes or text')
  if (raw.length === 0) return fail(400, 'body is empty')
  if (raw.length > limits.maxBodyBytes) {
    return fail(413, `body is larger than ${limits.maxBodyBytes} bytes`)
  }
  const received = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.length)
  let bytes = received
  let compression = readQueryParam(request.query, 'compression')?.toLowerCase() ?? null

  // Decoded once: it serves form parsing, base64 and, when nothing else applies, JSON.parse.
  const text = isGzip(received) ? null : received.toString('utf8')
  // Some proxies label a JSON body as a form; JSON is recognised before the form is read.
  if (text !== null && !looksLikeJson(text) && isFormBody(request.contentType, bytes)) {
    const form = new URLSearchParams(text)
    const data = form.get('data')
    if (data === null) return fail(400, 'form body has no "data" field')
    compression = form.get('compression')?.toLowerCase() ?? compression
    if (compression === 'lz64') return fail(400, 'lz64 compression is not supported; use gzip-js or base64')
    if (looksLikeJson(data)) bytes = Buffer.from(data, 'utf8')
    else {
      const decoded = decodeBase64(data)
      if (decoded === null) return fail(400, 'form "data" field is neither JSON nor valid base64')
      bytes = decoded
    }
  } else if (compression === 'lz64') {
    return fail(400, 'lz64 compression is not supported; use gzip-js or base64')
  } else if (compression === 'base64' && text !== null && !looksLikeJson(text)) {
    const decoded = decodeBase64(text)
    if (decoded === null) return fail(400, 'body announced as base64 is not valid base64')
    bytes = decoded
  }

  const unzipped = gunzipIfNeeded(bytes, limits)
  if (!Buffer.isBuffer(unzipped)) return unzipped
  if (unzipped.length > limits.maxDecodedBytes) {
    return fail(413, `decoded body is larger than ${limits.maxDecodedBytes} bytes`)
  }
  let json = unzipped === received && text !== null ? text : unzipped.toString('utf8')
  if (json.charCodeAt(0) === 0xfeff) json = json.slice(1)
  try {
    return { ok: true, value: JSON.parse(json) as unknown }
  } catch {
    return fail(400, 'body is not valid JSON')
  }
}

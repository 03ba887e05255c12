import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DEFAULT_INGEST_CONFIG } from '../config'
import { beaconBody, browserEvent, envelope, gzipBody, jsonBody } from '../test-helpers/posthog'
import { decodeBody, readQueryParam } from './decode'

const limits = DEFAULT_INGEST_CONFIG
const payload = envelope([browserEvent()])

function decoded(result: ReturnType<typeof decodeBody>): unknown {
  if (!result.ok) throw new Error(`expected ok, got ${result.status}: ${result.reason}`)
  return result.value
}

describe('decodeBody', () => {
  it('reads plain JSON', () => {
    const result = decodeBody({ body: jsonBody(payload), contentType: 'application/json' }, limits)
    expect(decoded(result)).toEqual(payload)
  })

  it('reads a JSON string body', () => {
    expect(decoded(decodeBody({ body: JSON.stringify(payload) }, limits))).toEqual(payload)
  })

  it('detects gzip by its magic bytes even when labelled text/plain', () => {
    const body = gzipBody(payload)
    expect(body[0]).toBe(0x1f)
    const result = decodeBody({ body, contentType: 'text/plain', query: { compression: 'gzip-js' } }, limits)
    expect(decoded(result)).toEqual(payload)
  })

  it('reads gzip from a plain Uint8Array (not a Buffer)', () => {
    const body = new Uint8Array(gzipBody(payload))
    expect(decoded(decodeBody({ body }, limits))).toEqual(payload)
  })

  it('reads the sendBeacon form body data=<base64 JSON>', () => {
    const result = decodeBody(
      { body: beaconBody(payload), contentType: 'application/x-www-form-urlencoded', query: 'compression=base64' },
      limits,
    )
    expect(decoded(result)).toEqual(payload)
  })

  it('reads a form body without content type, with "+" left unescaped', () => {
    // A value whose base64 contains "+" characters.
    const value = { event: '$pageleave', properties: { note: '>>>?>>>' } }
    const base64 = jsonBody(value).toString('base64')
    expect(base64).toContain('+')
    expect(decoded(decodeBody({ body: `data=${base64}` }, limits))).toEqual(value)
  })

  it('reads a form body whose data is base64 of gzip', () => {
    const base64 = gzipBody(payload).toString('base64')
    const body = `data=${encodeURIComponent(base64)}`
    expect(decoded(decodeBody({ body, contentType: 'application/x-www-form-urlencoded' }, limits))).toEqual(payload)
  })

  it('reads a form body whose data is raw JSON', () => {
    const body = `data=${encodeURIComponent(JSON.stringify(payload))}`
    expect(decoded(decodeBody({ body, contentType: 'application/x-www-form-urlencoded' }, limits))).toEqual(payload)
  })

  it('reads JSON that a proxy labelled as a form', () => {
    const result = decodeBody({ body: jsonBody(payload), contentType: 'application/x-www-form-urlencoded' }, limits)
    expect(decoded(result)).toEqual(payload)
  })

  it('reads a base64 body announced by ?compression=base64', () => {
    const body = jsonBody(payload).toString('base64')
    expect(decoded(decodeBody({ body, query: new URLSearchParams('compression=base64') }, limits))).toEqual(payload)
  })

  it('reads URL-safe base64', () => {
    const value = { event: 'x', properties: { q: '???>>>' } }
    const body = jsonBody(value).toString('base64url')
    expect(decoded(decodeBody({ body, query: { compression: ['base64'] } }, limits))).toEqual(value)
  })

  it('refuses an empty body', () => {
    expect(decodeBody({ body: Buffer.alloc(0) }, limits)).toMatchObject({ ok: false, status: 400, reason: 'body is empty' })
  })

  it('refuses a truncated gzip body with 400', () => {
    const body = gzipBody(payload)
    const result = decodeBody({ body: body.subarray(0, Math.floor(body.length / 2)) }, limits)
    expect(result).toMatchObject({ ok: false, status: 400 })
    expect(result.ok ? '' : result.reason).toMatch(/gzip/)
  })

  it('refuses a corrupt gzip body with 400', () => {
    const body = Buffer.from(gzipBody(payload))
    body.fill(0x55, 10, 30)
    expect(decodeBody({ body }, limits)).toMatchObject({ ok: false, status: 400 })
  })

  it('refuses a gzip bomb with 413 without inflating it', () => {
    // Zeros compress ~1000:1: the bomb is far under maxBodyBytes and 4× over maxDecodedBytes.
    const bomb = gzipSync(Buffer.alloc(limits.maxDecodedBytes * 4))
    expect(bomb.length).toBeLessThan(limits.maxBodyBytes)
    const result = decodeBody({ body: bomb, contentType: 'text/plain' }, limits)
    // This reason comes from the capped gunzip, not from a size check after full inflation.
    expect(result).toMatchObject({ ok: false, status: 413 })
    expect(result.ok ? '' : result.reason).toMatch(/^gzip body decompresses to more than/)
  })

  it('refuses a gzip bomb hidden in a base64 form body with 413', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024)).toString('base64')
    const result = decodeBody({ body: `data=${encodeURIComponent(bomb)}` }, { ...limits, maxDecodedBytes: 1024 * 1024 })
    expect(result).toMatchObject({ ok: false, status: 413 })
    expect(result.ok ? '' : result.reason).toBe('gzip body decompresses to more than 1048576 bytes')
  })

  it('refuses a body over maxBodyBytes with 413', () => {
    const result = decodeBody({ body: Buffer.alloc(2048, 0x20) }, { ...limits, maxBodyBytes: 1024 })
    expect(result).toMatchObject({ ok: false, status: 413 })
  })

  it('refuses decoded JSON over maxDecodedBytes with 413', () => {
    const body = gzipBody({ batch: [{ event: 'x', properties: { big: 'a'.repeat(5000) } }] })
    expect(decodeBody({ body }, { ...limits, maxDecodedBytes: 4096 })).toMatchObject({ ok: false, status: 413 })
  })

  it('refuses non-JSON text with 400', () => {
    expect(decodeBody({ body: 'hello world' }, limits)).toMatchObject({
      ok: false,
      status: 400,
      reason: 'body is not valid JSON',
    })
  })

  it('refuses invalid base64 instead of decoding garbage', () => {
    const result = decodeBody({ body: 'data=%%%not*base64!!!' }, limits)
    expect(result).toMatchObject({ ok: false, status: 400 })
  })

  it('refuses a form body without a data field', () => {
    const result = decodeBody({ body: 'foo=bar', contentType: 'application/x-www-form-urlencoded' }, limits)
    expect(result).toMatchObject({ ok: false, status: 400, reason: 'form body has no "data" field' })
  })

  it('refuses lz64 with a reason naming the supported compressions', () => {
    const result = decodeBody({ body: 'N4Ig', query: 'compression=lz64' }, limits)
    expect(result).toMatchObject({ ok: false, status: 400 })
    expect(result.ok ? '' : result.reason).toContain('gzip-js')
  })
})

describe('readQueryParam', () => {
  it('reads strings, URLSearchParams, records and arrays', () => {
    expect(readQueryParam('a=1&compression=gzip-js', 'compression')).toBe('gzip-js')
    expect(readQueryParam(new URLSearchParams({ compression: 'base64' }), 'compression')).toBe('base64')
    expect(readQueryParam({ compression: 'base64' }, 'compression')).toBe('base64')
    expect(readQueryParam({ compression: ['gzip-js', 'x'] }, 'compression')).toBe('gzip-js')
    expect(readQueryParam({ compression: 42 }, 'compression')).toBeNull()
    expect(readQueryParam(null, 'compression')).toBeNull()
  })
})

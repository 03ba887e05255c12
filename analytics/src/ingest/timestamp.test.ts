import { describe, expect, it } from 'vitest'
import { DEFAULT_INGEST_CONFIG } from '../config'
import { parseTimeMs, resolveTimestamp } from './timestamp'

const now = Date.parse('2026-11-23T10:00:00.000Z')
const limits = DEFAULT_INGEST_CONFIG
const HOUR = 3_600_000

function resolve(input: Partial<Parameters<typeof resolveTimestamp>[0]>): string {
  return resolveTimestamp({ timestamp: undefined, offset: undefined, sentAtMs: null, ignoreSentAt: false, ...input }, now, limits).toISOString()
}

describe('resolveTimestamp', () => {
  it('corrects a browser clock 3 hours fast using sent_at', () => {
    const browserNow = now + 3 * HOUR
    expect(resolve({ timestamp: new Date(browserNow - 5000).toISOString(), sentAtMs: browserNow })).toBe(
      '2026-11-23T09:59:55.000Z',
    )
  })

  it('trusts timestamp as is with $ignore_sent_at (imports of past events)', () => {
    expect(resolve({ timestamp: '2026-09-01T08:00:00.000Z', sentAtMs: now, ignoreSentAt: true })).toBe(
      '2026-09-01T08:00:00.000Z',
    )
  })

  it('uses offset when there is no sent_at', () => {
    expect(resolve({ offset: 1500 })).toBe('2026-11-23T09:59:58.500Z')
  })

  it('ignores a negative offset', () => {
    expect(resolve({ offset: -1500 })).toBe('2026-11-23T10:00:00.000Z')
  })

  it('uses the timestamp alone when nothing else is known', () => {
    expect(resolve({ timestamp: '2026-11-20T12:00:00Z' })).toBe('2026-11-20T12:00:00.000Z')
    expect(resolve({ timestamp: Date.parse('2026-11-20T12:00:00Z') })).toBe('2026-11-20T12:00:00.000Z')
  })

  it('falls back to the reception time for a timestamp more than 23 hours ahead', () => {
    expect(resolve({ timestamp: new Date(now + 24 * HOUR).toISOString() })).toBe('2026-11-23T10:00:00.000Z')
    expect(resolve({ timestamp: new Date(now + 22 * HOUR).toISOString() })).toBe('2026-11-24T08:00:00.000Z')
  })

  it('falls back to the reception time before 2000 and for garbage', () => {
    expect(resolve({ timestamp: '1970-01-01T00:00:00Z' })).toBe('2026-11-23T10:00:00.000Z')
    expect(resolve({ timestamp: 'yesterday-ish' })).toBe('2026-11-23T10:00:00.000Z')
    expect(resolve({ timestamp: { iso: 'x' } })).toBe('2026-11-23T10:00:00.000Z')
  })
})

describe('parseTimeMs', () => {
  it('parses ISO strings and millisecond numbers, refuses the rest', () => {
    expect(parseTimeMs('2026-11-23T10:00:00.000Z')).toBe(now)
    expect(parseTimeMs(now)).toBe(now)
    expect(parseTimeMs(Number.NaN)).toBeNull()
    expect(parseTimeMs('')).toBeNull()
    expect(parseTimeMs('x'.repeat(100))).toBeNull()
    expect(parseTimeMs(null)).toBeNull()
  })
})

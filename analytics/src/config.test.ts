import { describe, expect, it } from 'vitest'
import { DEFAULT_INGEST_CONFIG, resolveIngestConfig } from './config'

describe('resolveIngestConfig', () => {
  it('returns the defaults without overrides', () => {
    expect(resolveIngestConfig()).toEqual(DEFAULT_INGEST_CONFIG)
    expect(DEFAULT_INGEST_CONFIG.maxDecodedBytes).toBe(16 * 1024 * 1024)
  })

  it('applies overrides and leaves the defaults untouched', () => {
    const config = resolveIngestConfig({ maxDepth: 5 })
    expect(config.maxDepth).toBe(5)
    expect(config.maxStringLength).toBe(DEFAULT_INGEST_CONFIG.maxStringLength)
    expect(DEFAULT_INGEST_CONFIG.maxDepth).toBe(20)
    expect(Object.isFrozen(DEFAULT_INGEST_CONFIG)).toBe(true)
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as a limit', (value) => {
    expect(() => resolveIngestConfig({ maxEventsPerBatch: value })).toThrow(/maxEventsPerBatch must be a positive integer/)
  })

  it('keeps a sane order between limits', () => {
    // A decoded body must be able to hold at least a full compressed body.
    expect(DEFAULT_INGEST_CONFIG.maxDecodedBytes).toBeGreaterThanOrEqual(DEFAULT_INGEST_CONFIG.maxBodyBytes)
  })
})

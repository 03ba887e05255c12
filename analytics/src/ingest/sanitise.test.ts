import { describe, expect, it } from 'vitest'
import { sanitiseProperties } from './sanitise'

const limits = { maxDepth: 3, maxStringLength: 10 }

describe('sanitiseProperties', () => {
  it('copies plain JSON and drops omitted keys', () => {
    const result = sanitiseProperties({ a: 1, b: [true, null, 'x'], c: { d: 'e' }, skip: 'me' }, limits, new Map(), new Set(['skip']))
    expect(result).toEqual({ ok: true, properties: { a: 1, b: [true, null, 'x'], c: { d: 'e' } } })
  })

  it('never lets "__proto__" replace the prototype of the copy', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}') as Record<string, unknown>
    const result = sanitiseProperties(input, limits, new Map())
    expect(result.ok && Object.getPrototypeOf(result.properties)).toBe(Object.prototype)
    expect(result.ok && (result.properties as Record<string, unknown>).polluted).toBeUndefined()
    expect(result).toEqual({ ok: true, properties: { kept: 1 } })
  })

  it('allows exactly maxDepth levels and refuses one more', () => {
    expect(sanitiseProperties({ a: { b: { c: [1] } } }, limits, new Map()).ok).toBe(true)
    expect(sanitiseProperties({ a: { b: { c: [[1]] } } }, limits, new Map())).toEqual({
      ok: false,
      reason: 'properties are nested deeper than 3 levels',
    })
  })

  it('counts strings inside arrays and omitted keys against maxStringLength', () => {
    expect(sanitiseProperties({ a: ['12345678901'] }, limits, new Map()).ok).toBe(false)
    expect(sanitiseProperties({ skip: '12345678901' }, limits, new Map(), new Set(['skip'])).ok).toBe(false)
    expect(sanitiseProperties({ a: '1234567890' }, limits, new Map()).ok).toBe(true)
  })

  it('caches key verdicts for the request', () => {
    const verdicts = new Map<string, boolean>()
    sanitiseProperties({ client_ip: 'x', page: 'y' }, limits, verdicts)
    expect(verdicts.get('client_ip')).toBe(true)
    expect(verdicts.get('page')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { FIXED_NOW, browserEvent, envelope, jsonBody } from '../test-helpers/posthog'
import { normaliseCapture } from './normalise'
import type { NormaliseOptions } from './types'

const options: NormaliseOptions = { now: FIXED_NOW }

function refused(value: unknown, opts: NormaliseOptions = options) {
  const result = normaliseCapture({ body: jsonBody(value) }, opts)
  if (result.ok) throw new Error('expected a refusal')
  return result
}

function acceptedCount(value: unknown): number {
  const result = normaliseCapture({ body: jsonBody(value) }, options)
  if (!result.ok) throw new Error(`refused ${result.status}: ${result.reason}`)
  return result.events.length
}

describe('normaliseCapture: refusals', () => {
  it.each([
    ['a number', 42, /JSON object or array/],
    ['null', null, /JSON object or array/],
    ['an object with no batch or event', { foo: 1 }, /neither/],
    ['a batch that is not an array', { batch: { event: 'x' } }, /"batch" must be an array/],
    ['an event that is not an object', [{ event: 'ok' }, 'oops'], /^event 1 is not an object/],
    ['an event without a name', [{ properties: {} }], /^event 0 has no event name/],
    ['an event with a blank name', [{ event: '   ' }], /no event name/],
    ['an event name that is not a string', [{ event: 12 }], /no event name/],
    ['an event name over 200 characters', [{ event: 'e'.repeat(201) }], /longer than 200/],
    ['properties that are an array', [{ event: 'x', properties: [1, 2] }], /"properties" must be an object/],
    ['a $set that is a string', [{ event: 'x', $set: 'name' }], /"\$set" must be an object/],
  ])('refuses %s with 400 and a reason', (_label, value, reason) => {
    const result = refused(value)
    expect(result.status).toBe(400)
    expect(result.reason).toMatch(reason)
  })

  it('refuses properties nested deeper than maxDepth', () => {
    let nested: Record<string, unknown> = { leaf: true }
    for (let i = 0; i < 30; i++) nested = { child: nested }
    const result = refused({ event: 'x', properties: nested })
    expect(result).toMatchObject({ status: 400, reason: 'event 0: properties are nested deeper than 20 levels' })
  })

  it('accepts nesting up to maxDepth', () => {
    let nested: Record<string, unknown> = { leaf: true }
    for (let i = 0; i < 19; i++) nested = { child: nested }
    expect(acceptedCount({ event: 'x', properties: { root: nested } })).toBe(1)
  })

  it('refuses a huge string value, even in a column property', () => {
    expect(refused({ event: 'x', properties: { note: 'a'.repeat(70_000) } }).reason).toMatch(/longer than 65536/)
    expect(refused({ event: 'x', properties: { $current_url: `https://a.fr/${'a'.repeat(70_000)}` } }).status).toBe(400)
  })

  it('refuses a huge key', () => {
    expect(refused({ event: 'x', properties: { ['k'.repeat(70_000)]: 1 } }).status).toBe(400)
  })

  it('refuses too many properties', () => {
    const properties = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i]))
    const result = refused({ event: 'x', properties }, { ...options, config: { maxPropertiesPerEvent: 10 } })
    expect(result.reason).toBe('event 0 has more than 10 properties')
  })

  it('refuses a batch over maxEventsPerBatch with 413', () => {
    const result = refused(envelope([browserEvent(), browserEvent(), browserEvent()]), {
      ...options,
      config: { maxEventsPerBatch: 2 },
    })
    expect(result).toMatchObject({ status: 413, reason: 'batch holds 3 events; the limit is 2' })
  })

  it('passes decoding failures through', () => {
    expect(normaliseCapture({ body: 'not json' }, options)).toMatchObject({ ok: false, status: 400 })
  })
})

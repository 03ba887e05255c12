import { describe, expect, it } from 'vitest'
import {
  CHROME_UA,
  FIXED_NOW,
  beaconBody,
  browserEvent,
  browserProperties,
  envelope,
  gzipBody,
  jsonBody,
} from '../test-helpers/posthog'
import { normaliseCapture } from './normalise'
import type { NormaliseOptions, NormaliseResult, NormalisedEvent, RawCaptureRequest } from './types'

const options: NormaliseOptions = { now: FIXED_NOW }

function accepted(result: NormaliseResult): NormalisedEvent[] {
  if (!result.ok) throw new Error(`refused ${result.status}: ${result.reason}`)
  return result.events
}

function only(request: RawCaptureRequest, opts: NormaliseOptions = options): NormalisedEvent {
  const events = accepted(normaliseCapture(request, opts))
  expect(events).toHaveLength(1)
  return events[0] as NormalisedEvent
}

describe('normaliseCapture: a posthog-js batch', () => {
  const event = browserEvent('$pageview')
  const result = normaliseCapture({ body: gzipBody(envelope([event])), contentType: 'text/plain' }, options)

  it('accepts it and reports the api key', () => {
    expect(result).toMatchObject({ ok: true, api_key: 'phc_comptoir_demo' })
  })

  it('fills the typed columns', () => {
    const [normalised] = accepted(result)
    expect(normalised).toMatchObject({
      uuid: event.uuid,
      event: '$pageview',
      distinct_id: '0193a1b2-0000-7000-8000-000000000001',
      session_id: '0193a1b2-0000-7000-8000-00000000aaaa',
      url: 'http://localhost:8000/fr/products/tshirt?utm_source=Qwant&utm_medium=organic',
      host: 'localhost:8000',
      pathname: '/fr/products/tshirt',
      referrer: 'https://www.qwant.com/',
      referring_domain: 'qwant.com',
      utm_source: 'qwant',
      utm_medium: 'organic',
      utm_campaign: null,
      click_id: null,
      channel: 'organic_search',
      channel_rule: 'organic_search',
      device_type: 'desktop',
      browser: 'Chrome',
      os: 'Linux',
      viewport_width: 1920,
      viewport_height: 960,
      screen_width: 1920,
      screen_height: 1080,
      browser_language: 'fr-FR',
      timezone: 'Europe/Paris',
      lib: 'web',
      lib_version: '1.449.2',
      is_bot: false,
      bot_reason: null,
      is_simulated: false,
      contract_error: null,
    })
  })

  it('corrects clock drift: timestamp is 2 s before sent_at, so 2 s before reception', () => {
    const [normalised] = accepted(result)
    expect(normalised?.timestamp.toISOString()).toBe('2026-11-23T09:59:58.000Z')
  })

  it('keeps the rest in properties, without the columns it copied', () => {
    const properties = accepted(result)[0]?.properties ?? {}
    expect(properties.$window_id).toBe('0193a1b2-0000-7000-8000-00000000bbbb')
    expect(properties.$session_entry_referrer).toBe('https://www.qwant.com/')
    expect(properties.$raw_user_agent).toBe(CHROME_UA)
    for (const key of ['$current_url', '$browser', 'utm_source', 'distinct_id', '$session_id', '$lib_version']) {
      expect(properties).not.toHaveProperty(key)
    }
  })
  it('drops posthog-js bookkeeping that no report reads, and keeps the ids reports join on', () => {
    const bookkeeping = browserEvent('$pageview', {
      $insert_id: 'a1b2c3d4e5f6a7b8',
      $time: 1795428798,
      token: 'phc_comptoir_demo',
      $browser_language_prefix: 'fr',
      $configured_session_timeout_ms: 1_800_000,
      $lib_rate_limit_remaining_tokens: 99,
      $process_person_profile: false,
      $sdk_debug_replay_internal_buffer_length: 0,
      $pageview_id: 'pageview-1',
    })
    const properties = only({ body: jsonBody(envelope([bookkeeping])) }).properties
    for (const key of [
      '$insert_id', '$time', 'token', '$browser_language_prefix', '$configured_session_timeout_ms',
      '$lib_rate_limit_remaining_tokens', '$process_person_profile', '$sdk_debug_replay_internal_buffer_length',
    ]) {
      expect(properties).not.toHaveProperty(key)
    }
    expect(properties).toMatchObject({ $pageview_id: 'pageview-1', $window_id: expect.any(String) })
  })

  it('classifies each session once per batch, and never reuses a verdict across different entries', () => {
    const fromQwant = browserEvent('$pageview')
    const fromNewsletter = browserEvent('$pageview', {
      $session_id: 'session-2',
      $session_entry_url: 'http://localhost:8000/fr?utm_source=newsletter&utm_medium=email',
      $session_entry_referrer: '$direct',
      $session_entry_referring_domain: '$direct',
    })
    const batch = [fromQwant, fromNewsletter, { ...fromQwant, uuid: undefined }, { ...fromNewsletter, uuid: undefined }]
    const events = accepted(normaliseCapture({ body: jsonBody(envelope(batch)) }, options))
    expect(events.map((e) => e.channel)).toEqual(['organic_search', 'email', 'organic_search', 'email'])
    const alone = batch.map((event) => only({ body: jsonBody(envelope([event])) }).channel)
    expect(alone).toEqual(events.map((e) => e.channel))
  })
})

describe('normaliseCapture: other shapes', () => {
  it('reads a bare array of events', () => {
    const events = accepted(normaliseCapture({ body: jsonBody([browserEvent(), browserEvent('product_viewed')]) }, options))
    expect(events.map((e) => e.event)).toEqual(['$pageview', 'product_viewed'])
  })

  it('reads a single event and takes the api key from properties.token', () => {
    const result = normaliseCapture({ body: jsonBody(browserEvent('$pageview')) }, options)
    expect(result).toMatchObject({ ok: true, api_key: 'phc_comptoir_demo' })
  })

  it('reads the sendBeacon $pageleave', () => {
    const normalised = only({
      body: beaconBody(envelope([browserEvent('$pageleave')])),
      contentType: 'application/x-www-form-urlencoded',
      query: { compression: 'base64' },
    })
    expect(normalised.event).toBe('$pageleave')
    expect(normalised.channel).toBe('organic_search')
  })

  it('accepts an empty batch', () => {
    expect(accepted(normaliseCapture({ body: jsonBody(envelope([])) }, options))).toEqual([])
  })

  it('leaves uuid null when missing or malformed, lower-cases a valid one', () => {
    const events = accepted(
      normaliseCapture(
        {
          body: jsonBody([
            { event: 'a', properties: {} },
            { event: 'b', uuid: 'not-a-uuid', properties: {} },
            { event: 'c', uuid: '0193A1B2-C3D4-7E5F-8A9B-00000000ABCD', properties: {} },
          ]),
        },
        options,
      ),
    )
    expect(events.map((e) => e.uuid)).toEqual([null, null, '0193a1b2-c3d4-7e5f-8a9b-00000000abcd'])
  })

  it('reads a top-level or numeric distinct_id and clips a long one to 200 characters', () => {
    const events = accepted(
      normaliseCapture(
        {
          body: jsonBody([
            { event: 'a', distinct_id: 'top', properties: { distinct_id: 'inner' } },
            { event: 'b', properties: { distinct_id: 42 } },
            { event: 'c', properties: { distinct_id: 'x'.repeat(500) } },
          ]),
        },
        options,
      ),
    )
    expect(events.map((e) => e.distinct_id?.length)).toEqual([3, 2, 200])
    expect(events[0]?.distinct_id).toBe('top')
  })

  it('uses the reception time when an event has no timestamp', () => {
    const normalised = only({ body: jsonBody({ event: 'x', properties: {} }) })
    expect(normalised.timestamp.getTime()).toBe(FIXED_NOW.getTime())
  })
})

describe('normaliseCapture: privacy', () => {
  it('removes $ip and every IP-looking property, at any depth, including $set', () => {
    const normalised = only({
      body: jsonBody({
        event: 'custom',
        properties: {
          $ip: '192.0.2.10',
          client_ip: '198.51.100.4',
          remoteAddr: 'whatever',
          note: '203.0.113.9',
          nested: { ipAddress: '2001:db8::1', list: ['::ffff:192.0.2.1', 'kept'], deeper: { x_forwarded_for: 'a' } },
          version: '1.449.2',
        },
        $set: { $ip: '192.0.2.77', name: 'Léa' },
      }),
    })
    const stored = JSON.stringify(normalised.properties)
    for (const leaked of ['192.0.2', '198.51.100', '203.0.113', '2001:db8', 'remoteAddr', 'x_forwarded_for']) {
      expect(stored).not.toContain(leaked)
    }
    expect(normalised.properties).toEqual({
      nested: { list: ['kept'], deeper: {} },
      version: '1.449.2',
      $set: { name: 'Léa' },
    })
  })
})

describe('normaliseCapture: channel and traffic kind', () => {
  it('classifies a later page of a Google visit by its session entry, not its internal referrer', () => {
    const properties = browserProperties({
      $current_url: 'http://localhost:8000/fr/cart',
      $referrer: 'http://localhost:8000/fr/products/tshirt',
      $referring_domain: 'localhost:8000',
      $session_entry_url: 'http://localhost:8000/fr',
      $session_entry_referrer: 'https://www.google.fr/',
      $session_entry_referring_domain: 'www.google.fr',
      utm_source: undefined,
      utm_medium: undefined,
    })
    const withEntry = only({ body: jsonBody({ event: 'cart_viewed', properties: { ...properties, items_count: 1 } }) })
    expect(withEntry).toMatchObject({ channel: 'organic_search', referring_domain: 'localhost' })

    const withoutEntry: Record<string, unknown> = { ...properties, items_count: 1 }
    for (const key of Object.keys(withoutEntry)) {
      if (key.startsWith('$session_entry_')) delete withoutEntry[key]
    }
    const own = only({ body: jsonBody({ event: 'cart_viewed', properties: withoutEntry }) })
    expect(own.channel).toBe('direct')
  })

  it('reads gclid from the page URL when posthog-js did not copy it', () => {
    const normalised = only({
      body: jsonBody({
        event: '$pageview',
        properties: { $current_url: 'https://shop.example/?gclid=Cj0KCQ-abc', $host: 'shop.example' },
      }),
    })
    expect(normalised).toMatchObject({ click_id: 'Cj0KCQ-abc', click_id_type: 'gclid', channel: 'paid_search' })
  })

  it('gives server-side order events no channel and ignores the backend User-Agent', () => {
    const normalised = only({
      body: jsonBody({
        event: 'order_placed',
        distinct_id: 'cus_01',
        properties: {
          order_id: 'order_01',
          total: 42.5,
          discount_total: 5,
          currency: 'eur',
          promotions: [{ promotion_id: 'promo_01', code: 'RENTREE10', amount: 5 }],
          items: [{ product_id: 'prod_01', title: 'T-shirt', quantity: 2, unit_price: 23.75 }],
        },
      }),
      userAgent: 'node-fetch/1.0',
    })
    expect(normalised).toMatchObject({ channel: null, channel_rule: null, is_bot: false, contract_error: null })
  })

  it('records why properties break the contract, without refusing the event', () => {
    const normalised = only({ body: jsonBody({ event: 'order_placed', properties: { order_id: 'order_01' } }) })
    expect(normalised.contract_error).toMatch(/^order_placed: total: /)
  })

  it('marks crawlers from the request User-Agent', () => {
    const normalised = only({
      body: jsonBody({ event: '$pageview', properties: { $current_url: 'https://shop.example/' } }),
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    })
    expect(normalised).toMatchObject({ is_bot: true, bot_reason: 'crawler_user_agent', bot_name: 'googlebot' })
  })

  it('marks simulated traffic as simulated, not as a bot', () => {
    const normalised = only({
      body: jsonBody(browserEvent('$pageview', { $comptoir_simulated: true, $browser_type: 'bot' })),
    })
    expect(normalised).toMatchObject({ is_simulated: true, is_bot: false })
    expect(normalised.properties).not.toHaveProperty('$comptoir_simulated')
  })
})

import { gzipSync } from 'node:zlib'

// Payloads shaped like posthog-js 1.449.2's (see PLATFORM.md "posthog-js on the wire"), so the
// ingest tests exercise what the storefront really sends.

export const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'
export const FIXED_NOW = new Date('2026-11-23T10:00:00.000Z')

let counter = 0

/** A deterministic UUID v7-looking id per call. */
export function nextUuid(): string {
  counter += 1
  return `0193a1b2-c3d4-7e5f-8a9b-${counter.toString(16).padStart(12, '0')}`
}

export function browserProperties(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $os: 'Linux',
    $os_version: '',
    $browser: 'Chrome',
    $device_type: 'Desktop',
    $current_url: 'http://localhost:8000/fr/products/tshirt?utm_source=Qwant&utm_medium=organic',
    $host: 'localhost:8000',
    $pathname: '/fr/products/tshirt',
    $raw_user_agent: CHROME_UA,
    $browser_version: 156,
    $browser_language: 'fr-FR',
    $browser_language_prefix: 'fr',
    $screen_height: 1080,
    $screen_width: 1920,
    $viewport_height: 960,
    $viewport_width: 1920,
    $lib: 'web',
    $lib_version: '1.449.2',
    $insert_id: 'abc123',
    $time: 1795428000.123,
    distinct_id: '0193a1b2-0000-7000-8000-000000000001',
    $device_id: '0193a1b2-0000-7000-8000-000000000001',
    $session_id: '0193a1b2-0000-7000-8000-00000000aaaa',
    $window_id: '0193a1b2-0000-7000-8000-00000000bbbb',
    $referrer: 'https://www.qwant.com/',
    $referring_domain: 'www.qwant.com',
    $session_entry_url: 'http://localhost:8000/fr?utm_source=Qwant&utm_medium=organic',
    $session_entry_referrer: 'https://www.qwant.com/',
    $session_entry_referring_domain: 'www.qwant.com',
    $session_entry_host: 'localhost:8000',
    $session_entry_pathname: '/fr',
    utm_source: 'Qwant',
    utm_medium: 'organic',
    token: 'phc_comptoir_demo',
    $timezone: 'Europe/Paris',
    $timezone_offset: -60,
    $is_identified: false,
    $process_person_profile: false,
    ...overrides,
  }
}

export function browserEvent(event = '$pageview', overrides: Record<string, unknown> = {}) {
  return {
    uuid: nextUuid(),
    event,
    properties: browserProperties(overrides),
    timestamp: '2026-11-23T09:59:58.000Z',
  }
}

export function envelope(batch: unknown[], sentAt = '2026-11-23T10:00:00.000Z') {
  return { api_key: 'phc_comptoir_demo', batch, sent_at: sentAt }
}

export function jsonBody(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8')
}

/** What posthog-js sends by default: gzip bytes labelled text/plain. */
export function gzipBody(value: unknown): Buffer {
  return gzipSync(jsonBody(value))
}

/** sendBeacon's `$pageleave`: `data=<base64 JSON>`, URL-encoded. */
export function beaconBody(value: unknown): Buffer {
  const base64 = jsonBody(value).toString('base64')
  return Buffer.from(`data=${encodeURIComponent(base64)}`, 'utf8')
}

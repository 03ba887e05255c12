import { describe, expect, it } from 'vitest'
import { detectDevice, readDeviceType } from './device'
import { parseUserAgent } from './user-agent'

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1'
const ANDROID_PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36'
const ANDROID_TABLET = 'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'
const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0'
const FIREFOX_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:132.0) Gecko/20100101 Firefox/132.0'
const SAMSUNG = 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36'
const CHROMEBOOK = 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'

describe('parseUserAgent', () => {
  it.each([
    [IPHONE, 'Mobile Safari', 'iOS', 'mobile'],
    [IPAD, 'Mobile Safari', 'iOS', 'tablet'],
    [ANDROID_PHONE, 'Chrome', 'Android', 'mobile'],
    [ANDROID_TABLET, 'Chrome', 'Android', 'tablet'],
    [EDGE, 'Microsoft Edge', 'Windows', 'desktop'],
    [FIREFOX_MAC, 'Firefox', 'Mac OS X', 'desktop'],
    [SAMSUNG, 'Samsung Internet', 'Android', 'mobile'],
    [CHROMEBOOK, 'Chrome', 'Chrome OS', 'desktop'],
  ])('%s', (ua, browser, os, deviceType) => {
    expect(parseUserAgent(ua)).toEqual({ browser, os, device_type: deviceType })
  })

  it('knows nothing of an empty or unknown agent', () => {
    expect(parseUserAgent('')).toEqual({ browser: null, os: null, device_type: null })
    expect(parseUserAgent('curl/8.0')).toEqual({ browser: null, os: null, device_type: null })
  })
})

describe('detectDevice', () => {
  it('trusts posthog-js properties first', () => {
    expect(detectDevice({ $device_type: 'Mobile', $browser: 'Firefox', $os: 'Android' }, EDGE)).toEqual({
      device_type: 'mobile',
      browser: 'Firefox',
      os: 'Android',
    })
  })

  it('fills only the missing fields from the user agent', () => {
    expect(detectDevice({ $browser: 'Chrome iOS' }, IPHONE)).toEqual({ device_type: 'mobile', browser: 'Chrome iOS', os: 'iOS' })
  })

  it('returns nulls when nothing is known', () => {
    expect(detectDevice({}, null)).toEqual({ device_type: null, browser: null, os: null })
  })
})

describe('readDeviceType', () => {
  it('accepts the closed set in any case and nothing else', () => {
    expect(readDeviceType('Tablet')).toBe('tablet')
    expect(readDeviceType(' desktop ')).toBe('desktop')
    expect(readDeviceType('Phablet')).toBeNull()
    expect(readDeviceType(3)).toBeNull()
  })
})

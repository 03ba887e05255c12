import { describe, expect, it } from 'vitest'
import { isInternalReferrer, normaliseDomain, parseReferrer, parseUrl } from './referrer'

describe('normaliseDomain', () => {
  it('lower-cases and drops www., port and trailing dot', () => {
    expect(normaliseDomain('WWW.Google.FR:443')).toBe('google.fr')
    expect(normaliseDomain('shop.example.')).toBe('shop.example')
    expect(normaliseDomain('localhost:8000')).toBe('localhost')
    expect(normaliseDomain('[::1]:8000')).toBe('[::1]')
  })

  it('refuses what is not a host', () => {
    expect(normaliseDomain('')).toBeNull()
    expect(normaliseDomain('not a host')).toBeNull()
    expect(normaliseDomain('a/b')).toBeNull()
    expect(normaliseDomain(`${'a'.repeat(300)}.fr`)).toBeNull()
    expect(normaliseDomain(null)).toBeNull()
  })
})

describe('parseUrl', () => {
  it('splits an absolute URL', () => {
    expect(parseUrl('https://Shop.Example:8443/fr/p?utm_source=x#top')).toEqual({
      url: 'https://Shop.Example:8443/fr/p?utm_source=x#top',
      host: 'shop.example:8443',
      pathname: '/fr/p',
      search: '?utm_source=x',
    })
  })

  it('refuses relative, non-http and unparseable URLs', () => {
    expect(parseUrl('/fr/p')).toBeNull()
    expect(parseUrl('javascript:alert(1)')).toBeNull()
    expect(parseUrl('http://')).toBeNull()
    expect(parseUrl(42)).toBeNull()
  })

  it('clips URLs to 2048 characters', () => {
    const parsed = parseUrl(`https://a.fr/${'x'.repeat(5000)}`)
    expect(parsed?.url.length).toBe(2048)
  })
})

describe('parseReferrer', () => {
  it('maps posthog-js $direct to no referrer', () => {
    expect(parseReferrer('$direct', '$direct')).toEqual({ referrer: null, referring_domain: null })
  })

  it('prefers $referring_domain, else reads the referrer URL', () => {
    expect(parseReferrer('https://www.qwant.com/?q=t', 'www.qwant.com')).toEqual({
      referrer: 'https://www.qwant.com/?q=t',
      referring_domain: 'qwant.com',
    })
    expect(parseReferrer('https://L.Facebook.com/l.php?u=x')).toEqual({
      referrer: 'https://L.Facebook.com/l.php?u=x',
      referring_domain: 'l.facebook.com',
    })
  })

  it('keeps a non-URL referrer text but finds no domain in it', () => {
    expect(parseReferrer('android-app://com.google.android.gm')).toEqual({
      referrer: 'android-app://com.google.android.gm',
      referring_domain: null,
    })
  })
})

describe('isInternalReferrer', () => {
  it('matches the same site whatever www. or port', () => {
    expect(isInternalReferrer('www.shop.fr', 'shop.fr:443')).toBe(true)
    expect(isInternalReferrer('localhost', 'localhost:8000')).toBe(true)
  })

  it('does not match other sites or unknown hosts', () => {
    expect(isInternalReferrer('blog.shop.fr', 'shop.fr')).toBe(false)
    expect(isInternalReferrer('shop.fr', null)).toBe(false)
    expect(isInternalReferrer(null, 'shop.fr')).toBe(false)
  })
})

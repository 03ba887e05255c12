import { describe, expect, it } from 'vitest'
import { categoriseDomain, categoriseSource } from './sites'

describe('categoriseDomain', () => {
  it.each([
    ['google.fr', 'search'],
    ['google.com.br', 'search'],
    ['news.google.com', 'search'],
    ['mail.google.com', 'email'],
    ['search.yahoo.com', 'search'],
    ['mail.yahoo.com', 'email'],
    ['lilo.org', 'search'],
    ['m.facebook.com', 'social'],
    ['instagram.com', 'social'],
    ['x.com', 'social'],
    ['youtu.be', 'video'],
    ['messagerie.sfr.fr', 'email'],
    ['zimbra.free.fr', 'email'],
  ] as const)('%s is %s', (domain, category) => {
    expect(categoriseDomain(domain)).toBe(category)
  })

  it.each(['googleusercontent.com', 'notfacebook.com', 'example.google', 'lycee.fr', 'box.com'])('%s is unknown', (domain) => {
    expect(categoriseDomain(domain)).toBeNull()
  })

  it('returns null for nothing', () => {
    expect(categoriseDomain(null)).toBeNull()
    expect(categoriseDomain('')).toBeNull()
  })
})

describe('categoriseSource', () => {
  it('knows short names and domains', () => {
    expect(categoriseSource('fb')).toBe('social')
    expect(categoriseSource('x')).toBe('social')
    expect(categoriseSource('yt')).toBe('video')
    expect(categoriseSource('qwant')).toBe('search')
    expect(categoriseSource('newsletter')).toBe('email')
    expect(categoriseSource('www.facebook.com')).toBe('social')
    expect(categoriseSource('google.fr')).toBe('search')
    expect(categoriseSource('flyer')).toBeNull()
  })
})

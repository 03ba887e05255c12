import { describe, expect, it } from 'vitest'
import { isAllowedByRobots, parseRobots } from './robots'

describe('robots.txt', () => {
  const robots = parseRobots(`# Comptoir
User-agent: *
Disallow: /panier
Disallow: /*?tri=
Allow: /panier/aide$

User-agent: Bingbot
Disallow: /
`)

  it('applies the longest matching rule of the * group', () => {
    expect(isAllowedByRobots(robots, 'https://b.test/produits/theiere')).toBe(true)
    expect(isAllowedByRobots(robots, 'https://b.test/panier')).toBe(false)
    expect(isAllowedByRobots(robots, 'https://b.test/panier/aide')).toBe(true)
    expect(isAllowedByRobots(robots, 'https://b.test/collections/the?tri=prix')).toBe(false)
  })

  it('prefers a group that names Googlebot', () => {
    const named = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nDisallow: /admin\n')
    expect(isAllowedByRobots(named, 'https://b.test/produits')).toBe(true)
    expect(isAllowedByRobots(named, 'https://b.test/admin')).toBe(false)
  })
})

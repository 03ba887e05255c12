import { describe, expect, it } from 'vitest'
import { isIpLikeKey, looksLikeIpAddress } from './privacy'

describe('isIpLikeKey', () => {
  it.each(['$ip', 'ip', 'IP', 'ip_address', 'client_ip', 'user-ip', '$geoip_ip', 'clientIp', 'userIPAddress', 'remoteIpv4', 'X-Forwarded-For', 'cf-connecting-ip'])(
    'treats %s as an IP key',
    (key) => expect(isIpLikeKey(key)).toBe(true),
  )

  it.each(['ship', 'tip', 'zip', 'tooltip', 'equip', 'isVIP', '$geoip_city_name', 'skip', 'description'])(
    'keeps %s',
    (key) => expect(isIpLikeKey(key)).toBe(false),
  )
})

describe('looksLikeIpAddress', () => {
  it.each(['192.0.2.1', '255.255.255.255', '203.0.113.7:8080', '2001:db8::1', '::1', 'fe80::1%eth0', '[2001:db8::2]:443', '::ffff:192.0.2.1', '2001:0db8:0000:0000:0000:ff00:0042:8329'])(
    'recognises %s',
    (value) => expect(looksLikeIpAddress(value)).toBe(true),
  )

  it.each(['1.449.2', '256.1.1.1', '12:30:45', 'aa:bb:cc:dd:ee:ff', 'cafe', 'http://192.0.2.1/', 'Europe/Paris', '1.2.3.4.5', ''])(
    'does not take %s for an address',
    (value) => expect(looksLikeIpAddress(value)).toBe(false),
  )
})

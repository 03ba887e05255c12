// No raw IP address is ever stored (DESIGN.md). posthog-js does not send the visitor's IP, but
// hand-written events, proxies and older clients do, under many names; values are checked too
// because an IP can hide under any key.

const IP_KEY_NAMES: ReadonlySet<string> = new Set([
  'ip',
  '$ip',
  'ip_address',
  '$ip_address',
  'ipaddress',
  'client_ip',
  'remote_addr',
  'remoteaddr',
  'remote_address',
  'x-forwarded-for',
  'x_forwarded_for',
  'forwarded',
  'forwarded_for',
  'x-real-ip',
  'x_real_ip',
  'cf-connecting-ip',
  'true-client-ip',
])

// `user_ip`, `$geoip_ip`, `client-ipv4`, `visitor.ip_addr`; and camelCase `clientIp`, `userIPAddress`.
const IP_KEY_SNAKE = /(?:^|[_$.\- ])ip(?:v[46])?(?:[_-]?addr(?:ess)?)?$/i
const IP_KEY_CAMEL = /[a-z](?:IP|Ip)(?:v[46])?(?:Addr(?:ess)?)?$/

export function isIpLikeKey(key: string): boolean {
  if (key.length > 64) return false
  return IP_KEY_NAMES.has(key.toLowerCase()) || IP_KEY_SNAKE.test(key) || IP_KEY_CAMEL.test(key)
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
const IPV6_GROUP = /^[0-9a-f]{0,4}$/i

function isIpv4(value: string): boolean {
  const match = IPV4.exec(value)
  if (match === null) return false
  for (let i = 1; i <= 4; i++) if (Number(match[i]) > 255) return false
  return true
}

function isIpv6(value: string): boolean {
  const zone = value.indexOf('%')
  const address = zone === -1 ? value : value.slice(0, zone)
  const groups = address.split(':')
  // Full form has 8 groups; "::" shortens it. "12:30:45" (a time) has neither.
  if (groups.length < 3 || groups.length > 8) return false
  if (groups.length < 8 && !address.includes('::')) return false
  const last = groups[groups.length - 1] ?? ''
  const lastIsIpv4 = last.includes('.')
  if (lastIsIpv4 && !isIpv4(last)) return false
  const end = lastIsIpv4 ? groups.length - 1 : groups.length
  for (let i = 0; i < end; i++) if (!IPV6_GROUP.test(groups[i] ?? '')) return false
  return true
}

/** True for a bare IPv4 or IPv6 address (with an optional `[]`, zone or port around it). */
export function looksLikeIpAddress(value: string): boolean {
  // Cheap exits first: this runs on every string of every event, and most strings hold no ':'
  // and start with a letter.
  if (value.length < 2 || value.length > 60) return false
  const first = value.charCodeAt(0)
  if (first === 91 /* [ */) {
    const close = value.indexOf(']')
    return close > 1 && isIpv6(value.slice(1, close))
  }
  const firstColon = value.indexOf(':')
  if (firstColon === -1) return first >= 48 && first <= 57 && isIpv4(value)
  if (isIpv6(value)) return true
  // "203.0.113.7:8080"
  return firstColon === value.lastIndexOf(':') && isIpv4(value.slice(0, firstColon))
}

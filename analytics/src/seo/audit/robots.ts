/** The Allow/Disallow lines of robots.txt that apply to Google's crawler. */
export interface RobotsRules {
  rules: { allow: boolean; pattern: string }[]
}

/**
 * Reads robots.txt as Google does (RFC 9309): the group naming `googlebot` if any, else the `*`
 * group; unknown lines are ignored.
 */
export function parseRobots(text: string, agent = 'googlebot'): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules['rules'] }[] = []
  let current: (typeof groups)[number] | null = null
  let lastWasAgent = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim()
    const match = /^([a-z-]+)\s*:\s*(.*)$/i.exec(line)
    if (!match) continue
    const field = (match[1] ?? '').toLowerCase()
    const value = (match[2] ?? '').trim()
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }))
      current.agents.push(value.toLowerCase())
      lastWasAgent = true
    } else {
      lastWasAgent = false
      if (current && (field === 'allow' || field === 'disallow') && value)
        current.rules.push({ allow: field === 'allow', pattern: value })
    }
  }
  const named = groups.filter((group) => group.agents.some((name) => name !== '*' && agent.includes(name)))
  const chosen = named.length > 0 ? named : groups.filter((group) => group.agents.includes('*'))
  return { rules: chosen.flatMap((group) => group.rules) }
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$')
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path)
}

/** Whether robots.txt lets Google crawl `url`: the longest matching rule wins, Allow on a tie. */
export function isAllowedByRobots(robots: RobotsRules, url: string): boolean {
  const { pathname, search } = new URL(url)
  const path = `${pathname}${search}`
  let best: { allow: boolean; length: number } | null = null
  for (const rule of robots.rules) {
    if (!matches(rule.pattern, path)) continue
    const length = rule.pattern.length
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length }
  }
  return best?.allow ?? true
}

import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const IMPORT = /^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm

/** Bare imports reachable from `entry` through relative imports. */
function bareImports(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return []
  seen.add(entry)
  const found: string[] = []
  for (const match of readFileSync(entry, 'utf8').matchAll(IMPORT)) {
    const specifier = match[1] as string
    if (!specifier.startsWith('.')) found.push(specifier)
    else {
      const base = resolve(dirname(entry), specifier)
      let file = `${base}.ts`
      try {
        readFileSync(file)
      } catch {
        file = resolve(base, 'index.ts')
      }
      found.push(...bareImports(file, seen))
    }
  }
  return found
}

describe('SEO advice entry', () => {
  it('imports neither a Node built-in nor cheerio, so the admin widget can bundle it', () => {
    expect(bareImports(resolve(__dirname, 'advice.ts'))).toEqual([])
    expect(bareImports(resolve(__dirname, '..', 'browser.ts')).filter((name) => name.startsWith('node:') || name === 'cheerio')).toEqual([])
  })

  it('would notice cheerio in the audit', () => {
    expect(bareImports(resolve(__dirname, 'audit', 'index.ts'))).toContain('cheerio')
  })
})

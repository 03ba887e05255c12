import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const IMPORT = /^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm

/** Every module reachable from `entry` through relative imports, with its bare imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (graph.has(file)) continue
    const bare: string[] = []
    graph.set(file, bare)
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] as string
      if (!specifier.startsWith('.')) {
        bare.push(specifier)
        continue
      }
      const base = resolve(dirname(file), specifier)
      let target = `${base}.ts`
      try {
        readFileSync(target)
      } catch {
        target = resolve(base, 'index.ts')
      }
      pending.push(target)
    }
  }
  return graph
}

describe('browser entry point', () => {
  it('reaches no Node built-in, so the storefront bundle stays browser-safe', () => {
    const graph = importGraph(resolve(__dirname, 'browser.ts'))
    const offenders = [...graph].filter(([, bare]) => bare.some((name) => name.startsWith('node:')))
    expect(offenders.map(([file]) => file)).toEqual([])
    expect(graph.size).toBeGreaterThan(10)
  })

  it('would notice the ingest, which needs node:zlib', () => {
    const graph = importGraph(resolve(__dirname, 'index.ts'))
    expect([...graph.values()].flat()).toContain('node:zlib')
  })
})

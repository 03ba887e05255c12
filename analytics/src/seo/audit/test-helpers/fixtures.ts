import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AuditDocument } from '../types'

/** A fixture page as if fetched from `url` with a 200 and a quick answer. */
export function fixtureDocument(name: string, url = 'https://boutique.test/produits/theiere-en-fonte', overrides: Partial<AuditDocument> = {}): AuditDocument {
  const html = readFileSync(resolve(__dirname, '..', 'fixtures', name), 'utf8')
  return {
    url, status: 200, html, headers: { 'content-type': 'text/html; charset=utf-8' },
    ttfbMs: 120, bytes: Buffer.byteLength(html), ...overrides,
  }
}

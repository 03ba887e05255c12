import { describe, expect, it } from 'vitest'
import { CAPTURE_INDICATORS } from './capture'

describe('capture indicators', () => {
  it('have unique snake_case ids', () => {
    const ids = CAPTURE_INDICATORS.map((indicator) => indicator.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/)
  })

  it('explain themselves in one French sentence and give a formula', () => {
    for (const indicator of CAPTURE_INDICATORS) {
      expect(indicator.explanation_fr).toMatch(/^[A-ZÉ].+\.$/)
      expect(indicator.explanation_fr.slice(0, -1)).not.toMatch(/\.\s+[A-ZÉ]/)
      expect(indicator.formula_fr.length).toBeGreaterThan(10)
      expect(indicator.label_fr).not.toBe(indicator.label_en)
    }
  })

  it('use a percent unit for shares and a count for volumes', () => {
    for (const indicator of CAPTURE_INDICATORS) {
      expect(indicator.unit).toBe(indicator.id.endsWith('_share') ? 'percent' : 'count')
    }
  })
})

import { describe, expect, it } from 'vitest'
import { reportCsv, toCsv } from './csv'
import { INDICATORS_BY_REPORT, REPORT_INDICATORS, REPORT_INDICATOR_LIST } from './indicators'
import { change, compactParams, previousPeriod, ratio } from './sql'
import type { AcquisitionReport, ReportFilter } from './types'

const filter: ReportFilter = {
  period: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' },
  comparison: null,
  includeSimulated: false,
  granularity: 'day',
}

describe('indicator definitions', () => {
  it('have a unique id, French and English labels, an explanation and a formula', () => {
    const ids = REPORT_INDICATOR_LIST.map((indicator) => indicator.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [key, indicator] of Object.entries(REPORT_INDICATORS)) {
      expect(indicator.id).toBe(key)
      expect(indicator.label_fr.length).toBeGreaterThan(2)
      expect(indicator.label_en.length).toBeGreaterThan(2)
      expect(indicator.explanation_fr).toMatch(/\.$/)
      expect(indicator.formula_fr.length).toBeGreaterThan(10)
    }
  })

  it('cover every report', () => {
    for (const ids of Object.values(INDICATORS_BY_REPORT)) for (const id of ids) expect(REPORT_INDICATORS[id]).toBeDefined()
  })
})

describe('SQL helpers', () => {
  it('keep only the parameters a query uses, renumbered', () => {
    expect(compactParams("SELECT $3::boolean, '$pageview', $1::timestamptz, $3::boolean", ['a', 'b', true])).toEqual({
      sql: "SELECT $1::boolean, '$pageview', $2::timestamptz, $1::boolean",
      params: [true, 'a'],
    })
    expect(() => compactParams('SELECT $4', [1])).toThrow(/\$4/)
  })

  it('compute rates, changes and the previous period', () => {
    expect(ratio(1, 3)).toBe(0.3333)
    expect(ratio(1, 0)).toBeNull()
    expect(change(150, 100)).toBe(0.5)
    expect(change(1, 0)).toBeNull()
    expect(previousPeriod(filter.period)).toEqual({ from: '2026-10-25T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' })
  })
})

describe('CSV export', () => {
  it('writes a French spreadsheet file: BOM, semicolons, decimal commas, quoted and defused cells', () => {
    const csv = toCsv([
      {
        title: 'Essai',
        columns: [
          { key: 'name', label: 'Nom', format: 'text' },
          { key: 'rate', label: 'Taux', format: 'percent' },
          { key: 'amount', label: 'Montant', format: 'currency' },
        ],
        rows: [
          { name: 'a;b "c"', rate: 0.125, amount: 1234.5 },
          { name: '=HYPERLINK("x")', rate: null, amount: -3 },
        ],
      },
    ])
    expect(csv.startsWith('\uFEFFEssai\r\nNom;Taux;Montant\r\n')).toBe(true)
    expect(csv).toContain('"a;b ""c""";12,5 %;1234,5\r\n')
    expect(csv).toContain(`"'=HYPERLINK(""x"")";;-3\r\n`)
  })

  it('exports a report with its tables and the definitions of its indicators', () => {
    const report: AcquisitionReport = {
      filter,
      currency: 'eur',
      generatedAt: '2026-11-08T00:00:00.000Z',
      channels: [{ key: 'organic_search', label: 'Recherche naturelle', sessions: 3, visitors: 2, orders: 1, conversion_rate: 0.3333, revenue: 45.9 }],
      referring_sites: [],
      utm_sources: [],
      utm_mediums: [],
      utm_campaigns: [],
      landing_pages: [],
    }
    const csv = reportCsv('acquisition', report)
    expect(csv).toContain('Recherche naturelle;3;2;1;33,33 %;45,9')
    expect(csv).toContain('Définitions des indicateurs')
    expect(csv).toContain(REPORT_INDICATORS.acquisition_conversion_rate.formula_fr)
  })
})

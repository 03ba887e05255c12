import { CSV_SEPARATOR, csvCell, UTF8_BOM } from '../csv'
import type { IndicatorDefinition } from '../indicators/types'
import { INDICATORS_BY_REPORT, REPORT_INDICATORS, type ReportIndicatorId } from './indicators'
import type { ReportId, ReportResults } from './types'

// CSV exports of the reports' tables, for a spreadsheet opened in French: `;` between fields
// (the comma is the decimal separator), a UTF-8 byte order mark (without it Excel reads the
// accents as Windows-1252), decimal commas, percentages written as "12,5 %". The indicator
// definitions follow the tables, so an exported file explains itself.

type Cell = string | number | boolean | null | undefined
type Format = 'text' | 'count' | 'percent' | 'currency' | 'duration' | 'date'

export interface CsvColumn {
  key: string
  label: string
  format: Format
}

export interface CsvTable {
  title: string
  columns: CsvColumn[]
  rows: Record<string, unknown>[]
}

const decimal = new Intl.NumberFormat('fr-FR', { useGrouping: false, maximumFractionDigits: 2 })

function formatCell(value: unknown, format: Format): Cell {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'number') return String(value)
  if (format === 'percent') return `${decimal.format(value * 100)} %`
  return decimal.format(value)
}

const escape = (cell: Cell): string => csvCell(cell === null || cell === undefined ? '' : String(cell))

const line = (cells: Cell[]): string => cells.map(escape).join(CSV_SEPARATOR)

export function toCsv(tables: readonly CsvTable[], indicators: readonly IndicatorDefinition[] = []): string {
  const lines: string[] = []
  for (const table of tables) {
    lines.push(line([table.title]))
    lines.push(line(table.columns.map((column) => column.label)))
    for (const row of table.rows) lines.push(line(table.columns.map((column) => formatCell(row[column.key], column.format))))
    lines.push('')
  }
  if (indicators.length > 0) {
    lines.push(line(['Définitions des indicateurs']))
    lines.push(line(['Indicateur', 'Explication', 'Calcul']))
    for (const indicator of indicators) lines.push(line([indicator.label_fr, indicator.explanation_fr, indicator.formula_fr]))
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}

const col = (key: string, label: string, format: Format = 'count'): CsvColumn => ({ key, label, format })
const fromIndicator = (key: string, id: ReportIndicatorId): CsvColumn => {
  const indicator = REPORT_INDICATORS[id]
  return { key, label: indicator.label_fr, format: indicator.unit }
}

const acquisitionColumns = (first: string): CsvColumn[] => [
  col('label', first, 'text'),
  fromIndicator('sessions', 'sessions'),
  fromIndicator('visitors', 'visitors'),
  fromIndicator('orders', 'orders'),
  fromIndicator('conversion_rate', 'acquisition_conversion_rate'),
  fromIndicator('revenue', 'acquisition_revenue'),
]

/** The main tables of each report, as the CSV export writes them. */
export function reportTables<Id extends ReportId>(id: Id, report: ReportResults[Id]): CsvTable[] {
  switch (id) {
    case 'overview': {
      const result = report as ReportResults['overview']
      return [{
        title: 'Vue d’ensemble',
        columns: [col('label', 'Indicateur', 'text'), col('value', 'Période', 'text'), col('previous', 'Période précédente', 'text'), col('change', 'Évolution', 'percent')],
        rows: result.metrics.map((metric) => {
          const unit = REPORT_INDICATORS[metric.id].unit
          const show = (value: number | null) => (value === null ? null : formatCell(value, unit))
          return { label: REPORT_INDICATORS[metric.id].label_fr, value: show(metric.value), previous: show(metric.previous), change: metric.change }
        }),
      }]
    }
    case 'traffic': {
      const result = report as ReportResults['traffic']
      const breakdown = (title: string, rows: ReportResults['traffic']['devices']): CsvTable => ({
        title,
        columns: [col('key', title, 'text'), fromIndicator('sessions', 'sessions'), fromIndicator('visitors', 'visitors'), fromIndicator('share', 'session_share')],
        rows: rows as unknown as Record<string, unknown>[],
      })
      return [
        { title: 'Évolution', columns: [col('bucket', 'Début de la période', 'date'), fromIndicator('visitors', 'visitors'), fromIndicator('sessions', 'sessions'), fromIndicator('pageviews', 'pageviews')], rows: result.series as unknown as Record<string, unknown>[] },
        { title: 'Pages les plus vues', columns: [col('pathname', 'Page', 'text'), fromIndicator('pageviews', 'pageviews'), fromIndicator('visitors', 'visitors')], rows: result.top_pages as unknown as Record<string, unknown>[] },
        { title: 'Pages d’entrée', columns: [col('pathname', 'Page', 'text'), fromIndicator('sessions', 'entry_sessions'), fromIndicator('bounce_rate', 'entry_bounce_rate')], rows: result.entry_pages as unknown as Record<string, unknown>[] },
        breakdown('Appareils', result.devices),
        breakdown('Navigateurs', result.browsers),
        breakdown('Systèmes', result.os),
      ]
    }
    case 'acquisition': {
      const result = report as ReportResults['acquisition']
      const table = (title: string, first: string, rows: ReportResults['acquisition']['channels']): CsvTable => ({
        title, columns: acquisitionColumns(first), rows: rows as unknown as Record<string, unknown>[],
      })
      return [
        table('Canaux', 'Canal', result.channels),
        table('Sites référents', 'Site', result.referring_sites),
        table('Sources UTM', 'utm_source', result.utm_sources),
        table('Supports UTM', 'utm_medium', result.utm_mediums),
        table('Campagnes UTM', 'utm_campaign', result.utm_campaigns),
        table('Pages d’arrivée', 'Page', result.landing_pages),
      ]
    }
    case 'conversion': {
      const result = report as ReportResults['conversion']
      const breakdown = (title: string, rows: ReportResults['conversion']['by_device']): CsvTable => ({
        title,
        columns: [col('label', title, 'text'), fromIndicator('sessions', 'sessions'), fromIndicator('orders', 'orders'), fromIndicator('conversion_rate', 'conversion_rate')],
        rows: rows as unknown as Record<string, unknown>[],
      })
      return [
        { title: 'Tunnel d’achat', columns: [col('label_fr', 'Étape', 'text'), fromIndicator('sessions', 'funnel_sessions'), fromIndicator('rate_from_start', 'rate_from_start'), fromIndicator('drop_off', 'drop_off')], rows: result.funnel as unknown as Record<string, unknown>[] },
        breakdown('Par appareil', result.by_device),
        breakdown('Par canal', result.by_channel),
      ]
    }
    case 'products': {
      const result = report as ReportResults['products']
      const terms = (title: string, rows: ReportResults['products']['search_terms'], id: ReportIndicatorId): CsvTable => ({
        title, columns: [col('term', 'Terme', 'text'), fromIndicator('searches', id), fromIndicator('avg_results', 'avg_results')], rows: rows as unknown as Record<string, unknown>[],
      })
      return [
        { title: 'Produits', columns: [col('title', 'Produit', 'text'), fromIndicator('views', 'product_views'), fromIndicator('add_to_carts', 'add_to_carts'), fromIndicator('add_to_cart_rate', 'add_to_cart_rate'), fromIndicator('units_sold', 'units_sold'), fromIndicator('revenue', 'product_revenue')], rows: result.products as unknown as Record<string, unknown>[] },
        terms('Recherches', result.search_terms, 'searches'),
        terms('Recherches sans résultat', result.zero_result_terms, 'zero_result_searches'),
      ]
    }
    case 'promotions': {
      const result = report as ReportResults['promotions']
      return [
        { title: 'Promotions', columns: [col('code', 'Code', 'text'), col('campaign_name', 'Campagne', 'text'), fromIndicator('orders', 'promotion_orders'), fromIndicator('uses', 'promotion_uses'), fromIndicator('revenue', 'promotion_revenue'), fromIndicator('discount', 'discount'), fromIndicator('average_basket', 'average_basket'), fromIndicator('share_of_orders', 'share_of_orders'), fromIndicator('budget_used', 'budget_used'), fromIndicator('budget_consumed', 'budget_consumed')], rows: result.promotions as unknown as Record<string, unknown>[] },
        { title: 'Campagnes', columns: [col('campaign_name', 'Campagne', 'text'), fromIndicator('orders', 'promotion_orders'), fromIndicator('revenue', 'promotion_revenue'), fromIndicator('discount', 'discount'), fromIndicator('share_of_orders', 'share_of_orders'), fromIndicator('budget_used', 'budget_used'), fromIndicator('budget_consumed', 'budget_consumed')], rows: result.campaigns as unknown as Record<string, unknown>[] },
      ]
    }
    case 'referencement': {
      const result = report as ReportResults['referencement']
      return [
        { title: 'Pages d’arrivée depuis les moteurs de recherche', columns: [col('pathname', 'Page', 'text'), fromIndicator('sessions', 'organic_sessions'), fromIndicator('orders', 'orders'), fromIndicator('revenue', 'revenue')], rows: result.landing_pages as unknown as Record<string, unknown>[] },
        { title: 'Moteurs de recherche', columns: [col('key', 'Moteur', 'text'), fromIndicator('sessions', 'organic_sessions'), fromIndicator('share', 'session_share')], rows: result.search_engines as unknown as Record<string, unknown>[] },
      ]
    }
    default:
      return []
  }
}

export function reportCsv<Id extends ReportId>(id: Id, report: ReportResults[Id]): string {
  const indicators = INDICATORS_BY_REPORT[id].map((indicatorId) => REPORT_INDICATORS[indicatorId] as IndicatorDefinition)
  return toCsv(reportTables(id, report), indicators)
}

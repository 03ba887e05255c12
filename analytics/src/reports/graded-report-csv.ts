import { reportTables, toCsv, type CsvTable } from './csv'
import type { GradedReport } from './graded-report-types'

// The graded report as one French spreadsheet: the same tables as the Statistiques exports, in
// the order of the printed report, then the definitions of the key indicators.

const day = (iso: string): string => iso.slice(0, 10)

export interface GradedReportCsvOptions {
  /** French names of the activity log's kinds of entity (`product` → `Produit`), kept by the backend. */
  entityLabels?: Readonly<Record<string, string>>
}

export function gradedReportCsv(report: GradedReport, options: GradedReportCsvOptions = {}): string {
  const entityLabel = (key: string) => options.entityLabels?.[key] ?? key
  const identity: CsvTable = {
    title: 'Rapport d’évaluation',
    columns: [{ key: 'label', label: 'Élément', format: 'text' }, { key: 'value', label: 'Valeur', format: 'text' }],
    rows: [
      { label: 'Boutique', value: report.shop.name },
      { label: 'Adresse', value: report.shop.url ?? '' },
      { label: 'Période', value: `${day(report.period.from)} → ${day(report.period.to)} (fin exclue)` },
      { label: 'Comparée à', value: report.comparison ? `${day(report.comparison.from)} → ${day(report.comparison.to)}` : 'aucune' },
      { label: 'Trafic simulé inclus', value: report.includeSimulated ? 'oui' : 'non' },
      { label: 'Généré le', value: report.generatedAt },
    ],
  }
  const indicators: CsvTable = {
    title: 'Indicateurs clés',
    columns: [
      { key: 'label', label: 'Indicateur', format: 'text' },
      { key: 'value', label: 'Période', format: 'count' },
      { key: 'previous', label: 'Période précédente', format: 'count' },
      { key: 'change', label: 'Évolution', format: 'percent' },
      { key: 'unit', label: 'Unité', format: 'text' },
    ],
    rows: report.indicators.map((entry) => ({
      label: entry.definition.label_fr,
      value: entry.value,
      previous: entry.previous,
      change: entry.change,
      unit: { count: 'nombre', percent: 'ratio (0,25 = 25 %)', currency: 'euros', duration: 'secondes' }[entry.definition.unit],
    })),
  }
  const audits: CsvTable = {
    title: 'Historique du score de référencement (audit SEO)',
    columns: [{ key: 'at', label: 'Date', format: 'text' }, { key: 'score', label: 'Score / 100', format: 'count' }],
    rows: report.seo_audit.history.map((point) => ({ at: point.at, score: point.score })),
  }
  const activity: CsvTable = {
    title: report.activity.available ? 'Activité par personne' : 'Activité par personne (journal d’activité indisponible)',
    columns: [
      { key: 'person', label: 'Personne', format: 'text' },
      { key: 'total', label: 'Modifications', format: 'count' },
      { key: 'detail', label: 'Détail', format: 'text' },
    ],
    rows: report.activity.people.map((person) => ({
      person: person.name ?? person.email ?? person.actor_id,
      total: person.total,
      detail: Object.entries(person.by_entity).map(([entity, count]) => `${entityLabel(entity)} : ${count}`).join(', '),
    })),
  }
  return toCsv(
    [
      identity,
      indicators,
      ...reportTables('acquisition', report.acquisition).slice(0, 1),
      ...reportTables('conversion', report.conversion),
      ...reportTables('promotions', report.promotions),
      ...reportTables('referencement', report.referencement),
      audits,
      activity,
    ],
    report.indicators.map((entry) => entry.definition),
  )
}

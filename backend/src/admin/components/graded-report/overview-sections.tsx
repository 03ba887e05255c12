import type { GradedReport } from "@comptoir/analytics"
import { Text } from "@medusajs/ui"
import { reportMessages as m } from "../../lib/graded-report/messages"
import { periodText } from "../../lib/graded-report/period-text"
import { formatChange, formatCount, formatCurrency, formatIndicatorValue, formatPercent } from "../../lib/statistics/format"
import { FixedBarChart } from "./fixed-bar-chart"
import { PrintSection } from "./print-section"
import { SimpleTable } from "./simple-table"

// The first four sections of the printed report: identity, key indicators, acquisition, conversion.

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" })

export function IdentitySection({ report }: { report: GradedReport }) {
  const i = m.identity
  return (
    <PrintSection id="identite">
      <SimpleTable
        headers={["", ""]}
        numericFrom={2}
        rows={[
          [i.shop, report.shop.name],
          [i.url, report.shop.url ?? "—"],
          [i.period, periodText(report.period)],
          [i.comparison, report.comparison ? periodText(report.comparison) : i.noComparison],
          [i.simulated, report.includeSimulated ? i.included : i.excluded],
          [i.generatedAt, dateTime.format(new Date(report.generatedAt))],
        ]}
      />
    </PrintSection>
  )
}

export function IndicatorsSection({ report }: { report: GradedReport }) {
  const i = m.indicators
  const value = (unit: Parameters<typeof formatIndicatorValue>[0], amount: number | null) =>
    formatIndicatorValue(unit, amount, report.shop.currency)
  return (
    <PrintSection id="indicateurs">
      <SimpleTable
        headers={[i.indicator, i.value, i.previous, i.change]}
        rows={report.indicators.map((entry) => [
          entry.definition.label_fr,
          value(entry.definition.unit, entry.value),
          value(entry.definition.unit, entry.previous),
          formatChange(entry.change),
        ])}
      />
      <Text size="small" weight="plus">
        {i.definitions}
      </Text>
      <dl className="flex flex-col gap-2">
        {report.indicators.map((entry) => (
          <div key={entry.id}>
            <dt className="txt-compact-small-plus">{entry.definition.label_fr}</dt>
            <dd className="txt-small text-ui-fg-subtle ml-3">
              {entry.definition.explanation_fr} {i.formula} {entry.definition.formula_fr}
            </dd>
          </div>
        ))}
      </dl>
    </PrintSection>
  )
}

export function AcquisitionSection({ report }: { report: GradedReport }) {
  const channels = report.acquisition.channels
  return (
    <PrintSection id="acquisition">
      <FixedBarChart name={m.acquisition.chart} bars={channels.map((row) => ({ label: row.label, value: row.sessions, text: formatCount(row.sessions) }))} />
      <SimpleTable
        headers={["Canal", "Visites", "Visiteurs", "Commandes", "Taux de conversion", "Chiffre d’affaires"]}
        rows={channels.map((row) => [
          row.label, formatCount(row.sessions), formatCount(row.visitors), formatCount(row.orders),
          formatPercent(row.conversion_rate), formatCurrency(row.revenue, report.shop.currency),
        ])}
      />
    </PrintSection>
  )
}

export function ConversionSection({ report }: { report: GradedReport }) {
  const { funnel, conversion_rate, cart_abandonment_rate, by_device } = report.conversion
  return (
    <PrintSection id="conversion">
      <Text size="small">{m.conversion.summary(formatPercent(conversion_rate.value), formatPercent(cart_abandonment_rate.value))}</Text>
      <FixedBarChart
        name={m.conversion.chart}
        bars={funnel.map((step) => ({ label: step.label_fr, value: step.sessions, text: `${formatCount(step.sessions)} (${formatPercent(step.rate_from_start)})` }))}
      />
      <SimpleTable
        headers={["Étape", "Visites", "Depuis le début", "Abandon"]}
        rows={funnel.map((step) => [step.label_fr, formatCount(step.sessions), formatPercent(step.rate_from_start), formatPercent(step.drop_off)])}
      />
      <SimpleTable
        headers={["Appareil", "Visites", "Commandes", "Taux de conversion"]}
        rows={by_device.map((row) => [row.label, formatCount(row.sessions), formatCount(row.orders), formatPercent(row.conversion_rate)])}
      />
    </PrintSection>
  )
}

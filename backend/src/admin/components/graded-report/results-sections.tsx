import type { GradedReport } from "@comptoir/analytics"
import { LineChart, Line, CartesianGrid, XAxis, YAxis } from "recharts"
import { reportMessages as m } from "../../lib/graded-report/messages"
import { ENTITY_TYPE_LABELS } from "../../../modules/activity-log/labels"
import { AXIS_TICK, GRID_COLOR, chartColor } from "../../lib/statistics/chart-theme"
import { formatCount, formatCurrency, formatPercent } from "../../lib/statistics/format"
import { PrintSection } from "./print-section"
import { SimpleTable } from "./simple-table"

// The last three sections of the printed report: promotions, référencement, activity.

const day = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric" })

export function PromotionsSection({ report }: { report: GradedReport }) {
  const p = report.promotions
  const money = (value: number | null) => formatCurrency(value, report.shop.currency)
  return (
    <PrintSection id="promotions">
      <SimpleTable
        headers={["", ""]}
        rows={[
          ["Commandes avec promotion", formatCount(p.orders_with_promotion.value)],
          ["Remises totales", money(p.discount_total.value)],
          ["Panier moyen avec promotion", money(p.average_basket_with_promotion.value)],
          ["Panier moyen sans promotion", money(p.average_basket_without_promotion.value)],
        ]}
      />
      <SimpleTable
        headers={["Promotion", "Campagne", "Commandes", "Chiffre d’affaires", "Remise", "Panier moyen", "Budget consommé"]}
        numericFrom={2}
        empty={m.promotions.noPromotion}
        rows={p.promotions.map((row) => [
          row.code ?? row.promotion_id, row.campaign_name ?? "—", formatCount(row.orders), money(row.revenue),
          money(row.discount), money(row.average_basket), formatPercent(row.budget_consumed),
        ])}
      />
    </PrintSection>
  )
}

export function SeoSection({ report }: { report: GradedReport }) {
  const seo = report.referencement
  const history = report.seo_audit.history
  return (
    <PrintSection id="referencement">
      <SimpleTable
        headers={["", ""]}
        rows={[
          ["Visites depuis les moteurs de recherche", formatCount(seo.organic_sessions.value)],
          ["Part de la recherche naturelle", formatPercent(seo.organic_share.value)],
          [m.seo.latest, report.seo_audit.latest_score === null ? m.seo.noAudit : `${formatCount(report.seo_audit.latest_score)} / 100`],
        ]}
      />
      {history.length > 0 && (
        <div className="print-chart" data-testid="report-chart">
          <LineChart width={640} height={180} data={history.map((point) => ({ label: day.format(new Date(point.at)), score: point.score }))}>
            <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis domain={[0, 100]} tick={AXIS_TICK} width={36} />
            <Line dataKey="score" name={m.seo.score} stroke={chartColor(1)} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </div>
      )}
      <SimpleTable
        headers={[m.seo.date, m.seo.score]}
        empty={m.seo.noHistory}
        rows={history.map((point) => [day.format(new Date(point.at)), formatCount(point.score)])}
      />
      <SimpleTable
        headers={["Page d’arrivée (moteurs)", "Visites", "Commandes", "Chiffre d’affaires"]}
        rows={seo.landing_pages.map((row) => [row.pathname, formatCount(row.sessions), formatCount(row.orders), formatCurrency(row.revenue, report.shop.currency)])}
      />
    </PrintSection>
  )
}

export function ActivitySection({ report }: { report: GradedReport }) {
  const a = m.activity
  return (
    <PrintSection id="activite">
      {report.activity.available ? (
        <SimpleTable
          headers={[a.person, a.total, a.detail]}
          numericFrom={1}
          empty={a.none}
          rows={report.activity.people.map((person) => [
            person.name ?? person.email ?? person.actor_id,
            formatCount(person.total),
            Object.entries(person.by_entity).map(([entity, count]) => `${ENTITY_TYPE_LABELS[entity] ?? entity} : ${count}`).join(", "),
          ])}
        />
      ) : (
        <p className="txt-small text-ui-fg-subtle">{a.unavailable}</p>
      )}
    </PrintSection>
  )
}

import type { GradedReport } from "@comptoir/analytics"
import { ENTITY_TYPE_LABELS } from "../../../modules/activity-log/labels"
import { barChart, scoreChart } from "./charts"
import { Html, html } from "./escape"
import { formatChange, formatDateTime, formatDay, formatPeriod, formatValue } from "./format"
import { REPORT_CSS } from "./style"

// The jury's read-only page: the graded report as plain HTML, every value escaped, no script.
// The section ids (identite, indicateurs…) are the same as the admin's printable page.

type Cell = string | Html
const numeric = (value: string): Html => html`<td class="n">${value}</td>`

function table(headers: readonly string[], rows: readonly (readonly Cell[])[], numericFrom = 1): Html {
  if (rows.length === 0) return html`<p class="muted">Aucune donnée sur la période.</p>`
  return html`<table><thead><tr>${headers.map((header, index) => html`<th class="${index >= numericFrom ? "n" : ""}">${header}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell, index) => (index >= numericFrom && typeof cell === "string" ? numeric(cell) : html`<td>${cell}</td>`))}</tr>`
  )}</tbody></table>`
}

function section(id: string, title: string, body: Html): Html {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`
}

export function renderReportPage(report: GradedReport): string {
  const currency = report.shop.currency
  const value = (unit: Parameters<typeof formatValue>[0], amount: number | null) => formatValue(unit, amount, currency)
  const identity = section("identite", "Boutique et période", html`
    ${table(["", ""], [
      ["Boutique", report.shop.name],
      ["Adresse", report.shop.url ?? "—"],
      ["Période", formatPeriod(report.period)],
      ["Comparée à", report.comparison ? formatPeriod(report.comparison) : "aucune comparaison"],
      ["Trafic simulé", report.includeSimulated ? "inclus" : "exclu"],
      ["Rapport généré le", formatDateTime(report.generatedAt)],
    ], 2)}`)
  const indicators = section("indicateurs", "Indicateurs clés", html`
    ${table(["Indicateur", "Période", "Période précédente", "Évolution"], report.indicators.map((entry) => [
      entry.definition.label_fr, value(entry.definition.unit, entry.value), value(entry.definition.unit, entry.previous), formatChange(entry.change),
    ]))}
    <h3>Définitions</h3>
    <dl>${report.indicators.map((entry) => html`<div><dt>${entry.definition.label_fr}</dt><dd>${entry.definition.explanation_fr} <span class="muted">Calcul : ${entry.definition.formula_fr}</span></dd></div>`)}</dl>`)
  const channels = report.acquisition.channels
  const acquisition = section("acquisition", "Acquisition", html`
    ${barChart("Visites par canal", channels.map((row) => ({ label: row.label, value: row.sessions, text: value("count", row.sessions) })))}
    ${table(["Canal", "Visites", "Visiteurs", "Commandes", "Taux de conversion", "Chiffre d’affaires"], channels.map((row) => [
      row.label, value("count", row.sessions), value("count", row.visitors), value("count", row.orders), value("percent", row.conversion_rate), value("currency", row.revenue),
    ]))}`)
  const funnel = report.conversion.funnel
  const conversion = section("conversion", "Conversion", html`
    <p>Taux de conversion : <strong>${value("percent", report.conversion.conversion_rate.value)}</strong> — abandon de panier : <strong>${value("percent", report.conversion.cart_abandonment_rate.value)}</strong></p>
    ${barChart("Tunnel d’achat", funnel.map((step) => ({ label: step.label_fr, value: step.sessions, text: `${value("count", step.sessions)} (${value("percent", step.rate_from_start)})` })))}
    ${table(["Étape", "Visites", "Depuis le début", "Abandon"], funnel.map((step) => [
      step.label_fr, value("count", step.sessions), value("percent", step.rate_from_start), value("percent", step.drop_off),
    ]))}
    <h3>Par appareil</h3>
    ${table(["Appareil", "Visites", "Commandes", "Taux de conversion"], report.conversion.by_device.map((row) => [
      row.label, value("count", row.sessions), value("count", row.orders), value("percent", row.conversion_rate),
    ]))}`)
  const p = report.promotions
  const promotions = section("promotions", "Promotions", html`
    ${table(["", ""], [
      ["Commandes avec promotion", value("count", p.orders_with_promotion.value)],
      ["Remises totales", value("currency", p.discount_total.value)],
      ["Panier moyen avec promotion", value("currency", p.average_basket_with_promotion.value)],
      ["Panier moyen sans promotion", value("currency", p.average_basket_without_promotion.value)],
    ])}
    ${table(["Promotion", "Campagne", "Commandes", "Chiffre d’affaires", "Remise", "Panier moyen", "Budget consommé"], p.promotions.map((row) => [
      row.code ?? row.promotion_id, row.campaign_name ?? "—", value("count", row.orders), value("currency", row.revenue), value("currency", row.discount), value("currency", row.average_basket), value("percent", row.budget_consumed),
    ]), 2)}`)
  const seo = report.referencement
  const referencement = section("referencement", "Référencement", html`
    ${table(["", ""], [
      ["Visites depuis les moteurs de recherche", value("count", seo.organic_sessions.value)],
      ["Part de la recherche naturelle", value("percent", seo.organic_share.value)],
      ["Score du dernier audit SEO", report.seo_audit.latest_score === null ? "aucun audit" : `${value("count", report.seo_audit.latest_score)} / 100`],
    ])}
    <h3>Historique du score</h3>
    ${report.seo_audit.history.length === 0 ? html`<p class="muted">Aucun audit SEO terminé avant la fin de la période.</p>` : scoreChart("Score des audits SEO", report.seo_audit.history.map((point) => ({ label: formatDay(point.at), score: point.score })))}
    ${table(["Date", "Score / 100"], report.seo_audit.history.map((point) => [formatDateTime(point.at), value("count", point.score)]))}
    <h3>Pages d’arrivée depuis les moteurs</h3>
    ${table(["Page", "Visites", "Commandes", "Chiffre d’affaires"], seo.landing_pages.map((row) => [row.pathname, value("count", row.sessions), value("count", row.orders), value("currency", row.revenue)]))}`)
  const activity = section("activite", "Activité par personne", report.activity.available
    ? table(["Personne", "Modifications", "Détail"], report.activity.people.map((person) => [
        person.name ?? person.email ?? person.actor_id, value("count", person.total),
        Object.entries(person.by_entity).map(([entity, count]) => `${ENTITY_TYPE_LABELS[entity] ?? entity} : ${count}`).join(", "),
      ]), 1)
    : html`<p class="notice">Le journal d’activité n’est pas disponible sur cette boutique.</p>`)
  return page(`Rapport d’évaluation — ${report.shop.name}`, html`
    <h1>Rapport d’évaluation — ${report.shop.name}</h1>
    <p class="muted">Chiffres ${formatPeriod(report.period)}. Lecture seule : ce lien ne permet de rien modifier.</p>
    ${identity}${indicators}${acquisition}${conversion}${promotions}${referencement}${activity}`)
}

function page(title: string, body: Html): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${html`${title}`.value}</title><style>${REPORT_CSS}</style></head><body>${body.value}</body></html>`
}

/** 404 / 410 as a page a jury member can read. */
export function renderErrorPage(title: string, message: string): string {
  return page(title, html`<h1>${title}</h1><p>${message}</p>`)
}

import { REPORT_INDICATORS, type GradedReport, type MetricValue } from "@comptoir/analytics"
import { describe, expect, it } from "vitest"
import { html } from "./escape"
import { renderErrorPage, renderReportPage } from "./page"

const metric = (id: string, value: number | null): MetricValue => ({ id, value, previous: null, change: null })
const filter = { period: { from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" }, comparison: null, includeSimulated: true, granularity: "day" as const }
const meta = { filter, currency: "eur", generatedAt: "2026-12-01T08:00:00.000Z" }

const report: GradedReport = {
  kind: "graded_report",
  shop: { name: "Thé <script>alert(1)</script>", url: "http://localhost:8000", currency: "eur" },
  period: filter.period,
  comparison: { from: "2026-10-02T00:00:00.000Z", to: "2026-11-01T00:00:00.000Z" },
  includeSimulated: true,
  generatedAt: meta.generatedAt,
  indicators: [{ ...metric("revenue", 1234.5), previous: 1000, change: 0.2345, definition: REPORT_INDICATORS.revenue }],
  overview: { ...meta, metrics: [] },
  acquisition: { ...meta, channels: [{ key: "direct", label: "Accès \"direct\"", sessions: 3, visitors: 2, orders: 1, conversion_rate: 0.3333, revenue: 45.9 }], referring_sites: [], utm_sources: [], utm_mediums: [], utm_campaigns: [], landing_pages: [] },
  conversion: { ...meta, funnel: [], cart_abandonment_rate: metric("cart_abandonment_rate", 0.5), conversion_rate: metric("conversion_rate", 0.1), by_device: [], by_channel: [] },
  promotions: { ...meta, promotions: [], campaigns: [], orders_with_promotion: metric("orders_with_promotion", 0), average_basket_with_promotion: metric("a", null), average_basket_without_promotion: metric("b", null), discount_total: metric("discount_total", 0) },
  referencement: { ...meta, organic_sessions: metric("organic_sessions", 1), organic_share: metric("organic_share", 0.25), trend: [], share_trend: [], landing_pages: [], search_engines: [], audit_score: 72 },
  seo_audit: { latest_score: 72, history: [{ at: "2026-11-10T10:00:00.000Z", score: 64 }, { at: "2026-11-20T10:00:00.000Z", score: 72 }] },
  activity: { available: false, people: [] },
}

describe("the jury's report page", () => {
  const page = renderReportPage(report)

  it("has every section, in order, with its id", () => {
    const ids = [...page.matchAll(/<h2 id="([a-z]+)">/g)].map((match) => match[1])
    expect(ids).toEqual(["identite", "indicateurs", "acquisition", "conversion", "promotions", "referencement", "activite"])
  })

  it("escapes every value and runs no script", () => {
    expect(page).not.toContain("<script")
    expect(page).toContain("Thé &lt;script&gt;alert(1)&lt;/script&gt;")
    expect(page).toContain("Accès &quot;direct&quot;")
  })

  it("writes French numbers, the definitions, the audit history and the missing activity log", () => {
    expect(page).toMatch(/1\s234,50\s€/)
    expect(page).toMatch(/\+23,5\s%/)
    expect(page).toContain(REPORT_INDICATORS.revenue.formula_fr)
    expect(page).toContain("72 / 100")
    expect(page).toContain("<polyline")
    expect(page).toContain("journal d’activité n’est pas disponible")
    expect(page).toContain("@page { size: A4")
  })

  it("escapes error pages too, and the html tag escapes what it interpolates", () => {
    expect(renderErrorPage("Lien <b>", "x")).toContain("Lien &lt;b&gt;")
    expect(html`<p>${"<i>"}</p>`.value).toBe("<p>&lt;i&gt;</p>")
  })
})

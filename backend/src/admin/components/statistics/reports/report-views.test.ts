import type { OverviewMetric, OverviewMetricId, OverviewReport, TrafficReport } from "@comptoir/analytics"
import { type ComponentType, createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { StatisticsProvider } from "../statistics-provider"
import { OverviewReportView } from "./overview-report"
import { TrafficReportView } from "./traffic-report"

// The report views rendered to HTML with the figures of a small week (the e2e test's dataset):
// what a student reads, formatted in French, with the help and the empty states.

const filter: ResolvedFilter = {
  range: { from: new Date(2024, 2, 4), to: new Date(2024, 2, 11) },
  compare: true,
  includeSimulated: true,
  granularity: "day",
}
const meta = {
  filter: { period: { from: "2024-03-04", to: "2024-03-11" }, comparison: null, includeSimulated: true, granularity: "day" as const },
  currency: "eur",
  generatedAt: "2024-03-11T00:00:00.000Z",
}
const trend = [
  { bucket: "2024-03-05T00:00:00.000Z", value: 1 },
  { bucket: "2024-03-06T00:00:00.000Z", value: 2 },
]

function metric(id: OverviewMetricId, value: number | null, previous: number | null, change: number | null): OverviewMetric {
  return { id, value, previous, change, trend }
}

const overview: OverviewReport = {
  ...meta,
  metrics: [
    metric("visitors", 2, 1, 1),
    metric("sessions", 3, 4, -0.25),
    metric("pageviews", 6, 6, 0),
    metric("bounce_rate", 1 / 3, 0.25, 1 / 3),
    metric("avg_session_duration", 140, null, null),
    metric("orders", 0, 0, null),
    metric("revenue", 0, 0, null),
    metric("conversion_rate", 0, null, null),
    metric("average_basket", null, null, null),
  ],
}

const render = <P extends object>(element: ComponentType<P>, props: P) =>
  renderToStaticMarkup(createElement(StatisticsProvider, null, createElement(element, props))).replace(/[\u202f\u00a0]/g, " ")

describe("OverviewReportView", () => {
  const html = render(OverviewReportView, { report: overview, filter })

  it("shows each headline number in French", () => {
    expect(html).toMatch(/data-testid="kpi-visitors".*?data-testid="kpi-value"[^>]*>2</)
    expect(html).toContain(">33,3 %<")
    expect(html).toContain(">2 min 20 s<")
    expect(html).toContain(">—<") // the average basket of no order
  })

  it("says whether a change is good news", () => {
    // More visitors: green; fewer visits: red; a higher bounce rate: red too.
    expect(html).toMatch(/data-testid="kpi-visitors".*?bg-ui-tag-green-bg/)
    expect(html).toMatch(/data-testid="kpi-sessions".*?bg-ui-tag-red-bg/)
    expect(html).toMatch(/data-testid="kpi-bounce_rate".*?bg-ui-tag-red-bg/)
    expect(html).toContain("+100 %")
  })

  it("offers the definition of every number and says what to do without orders", () => {
    expect(html).toContain("Comment est calculé « Taux de rebond » ?")
    expect(html).toContain("Aucune commande sur la période.")
    expect(html).not.toContain("Aucune visite sur la période.")
  })
})

describe("TrafficReportView", () => {
  const empty: TrafficReport = {
    ...meta,
    series: [{ bucket: "2024-03-05T00:00:00.000Z", visitors: 0, sessions: 0, pageviews: 0 }],
    top_pages: [],
    entry_pages: [],
    devices: [{ key: "mobile", sessions: 0, visitors: 0, share: null }],
    browsers: [],
    os: [],
  }

  it("tells how to get visits when there are none, and names devices in French", () => {
    const html = render(TrafficReportView, { report: empty, filter })
    expect(html).toContain("Aucune visite sur la période. Lancez <code")
    expect(html).toContain("npm run simulate")
    expect(html).toContain(">Mobile<")
    expect(html).toContain("Aucune donnée sur la période.")
  })
})

import { describe, expect, it } from "vitest"
import { reportSearch, reportUrl } from "./api"
import type { ResolvedFilter } from "./filter"

const filter: ResolvedFilter = {
  range: { from: new Date("2024-03-03T23:00:00.000Z"), to: new Date("2024-03-10T23:00:00.000Z") },
  compare: true,
  includeSimulated: false,
  granularity: "day",
}

describe("report requests", () => {
  it("ask the API for the period's instants, the comparison and the simulated traffic explicitly", () => {
    expect(Object.fromEntries(reportSearch(filter))).toEqual({
      from: "2024-03-03T23:00:00.000Z",
      to: "2024-03-10T23:00:00.000Z",
      compare: "previous",
      include_simulated: "false",
      granularity: "day",
    })
    expect(reportSearch({ ...filter, compare: false }).get("compare")).toBe("none")
  })

  it("point the CSV export at the same route and figures", () => {
    const url = reportUrl("traffic", filter, "csv")
    expect(url.startsWith("/admin/statistiques/traffic?")).toBe(true)
    expect(new URL(url, "http://localhost").searchParams.get("format")).toBe("csv")
  })
})

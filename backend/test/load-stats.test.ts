import { describe, expect, it } from "vitest"
import { formatTable, percentile, summarise, type RequestSample } from "../bench/load-stats"

describe("load benchmark statistics", () => {
  it("take the nearest-rank percentile", () => {
    const sorted = Array.from({ length: 20 }, (_, index) => index + 1)
    expect(percentile(sorted, 50)).toBe(10)
    expect(percentile(sorted, 95)).toBe(19)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 95)).toBeNaN()
  })

  it("count statuses per route group, unanswered requests apart, and a total row", () => {
    const samples: RequestSample[] = [
      { group: "checkout", status: 200, ms: 100 },
      { group: "checkout", status: 400, ms: 50 },
      { group: "checkout", status: 503, ms: 10 },
      { group: "ingest", status: 0, ms: 30_000 },
    ]
    const rows = summarise(samples, 2)
    expect(rows.map((row) => row.group)).toEqual(["ingest", "checkout", "all"])
    expect(rows[1]).toMatchObject({ requests: 3, perSecond: 1.5, status4xx: 1, status5xx: 1, failed: 0, p50: 50, max: 100 })
    expect(rows[2]).toMatchObject({ requests: 4, status5xx: 1, failed: 1 })
    expect(formatTable(rows).split("\n")).toHaveLength(5)
  })
})

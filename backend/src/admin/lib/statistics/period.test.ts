import { describe, expect, it } from "vitest"
import { formatDay, lastDayOf, parseDay, presetRange, previousRange, rangeDays } from "./period"

// Dates are built in local time, as the admin does, so the tests hold in any time zone.
const now = new Date(2026, 10, 29, 14, 30) // Sunday 29 November 2026, 14:30

const days = (range: { from: Date; to: Date }) => [formatDay(range.from), formatDay(lastDayOf(range))]

describe("presetRange", () => {
  it("counts today as the last day of the rolling presets", () => {
    expect(days(presetRange("last7", now))).toEqual(["2026-11-23", "2026-11-29"])
    expect(days(presetRange("last30", now))).toEqual(["2026-10-31", "2026-11-29"])
    expect(rangeDays(presetRange("last90", now))).toBe(90)
  })

  it("cuts calendar months", () => {
    expect(days(presetRange("thisMonth", now))).toEqual(["2026-11-01", "2026-11-29"])
    expect(days(presetRange("lastMonth", now))).toEqual(["2026-10-01", "2026-10-31"])
    expect(days(presetRange("lastMonth", new Date(2026, 0, 15)))).toEqual(["2025-12-01", "2025-12-31"])
  })

  it("takes a custom period's first and last days inclusive", () => {
    const range = presetRange("custom", now, { from: "2024-03-04", to: "2024-03-10" })
    expect(range.from).toEqual(new Date(2024, 2, 4))
    expect(range.to).toEqual(new Date(2024, 2, 11))
  })

  it("falls back to 30 days when a custom period is missing, invalid or reversed", () => {
    const fallback = days(presetRange("last30", now))
    expect(days(presetRange("custom", now, { from: null, to: "2024-03-10" }))).toEqual(fallback)
    expect(days(presetRange("custom", now, { from: "2024-02-31", to: "2024-03-10" }))).toEqual(fallback)
    expect(days(presetRange("custom", now, { from: "2024-03-10", to: "2024-03-04" }))).toEqual(fallback)
  })
})

describe("previousRange", () => {
  it("is the period of the same length just before", () => {
    const previous = previousRange(presetRange("last7", now))
    expect(days(previous)).toEqual(["2026-11-16", "2026-11-22"])
  })

  it("keeps whole days across a daylight-saving change", () => {
    const range = presetRange("custom", now, { from: "2026-03-23", to: "2026-04-05" })
    expect(days(previousRange(range))).toEqual(["2026-03-09", "2026-03-22"])
  })
})

describe("parseDay", () => {
  it("reads YYYY-MM-DD and refuses anything else", () => {
    expect(parseDay("2026-11-29")).toEqual(new Date(2026, 10, 29))
    expect(parseDay("29/11/2026")).toBeNull()
    expect(parseDay("")).toBeNull()
    expect(parseDay(null)).toBeNull()
  })
})

import { describe, expect, it } from "vitest"
import { formatChange, formatCount, formatCurrency, formatDuration, formatIndicatorValue, formatPercent } from "./format"

// French typography puts a narrow no-break space (U+202F) before % and between thousands,
// and a no-break space (U+00A0) before €: compare with every space made plain.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ")

describe("French formatting", () => {
  it("formats counts, rates and changes", () => {
    expect(plain(formatCount(12345))).toBe("12 345")
    expect(formatCount(2.25)).toBe("2,3")
    expect(plain(formatPercent(1 / 3))).toBe("33,3 %")
    expect(plain(formatChange(0.125))).toBe("+12,5 %")
    expect(plain(formatChange(-0.5))).toBe("-50 %")
    expect(plain(formatChange(0))).toBe("0 %")
  })

  it("formats euros from Medusa's main-unit amounts", () => {
    expect(plain(formatCurrency(1234.5))).toBe("1 234,50 €")
    expect(plain(formatCurrency(19.9, "eur"))).toBe("19,90 €")
  })

  it("formats durations in seconds, minutes and hours", () => {
    expect(formatDuration(45)).toBe("45 s")
    expect(formatDuration(140)).toBe("2 min 20 s")
    expect(formatDuration(3725)).toBe("1 h 02 min")
  })

  it("shows a dash for a value that cannot be computed (a rate of nothing out of nothing)", () => {
    for (const unit of ["count", "percent", "currency", "duration"] as const) {
      expect(formatIndicatorValue(unit, null)).toBe("—")
    }
  })
})

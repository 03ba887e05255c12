import { describe, expect, it } from "vitest"
import { type PromotionAvailabilityRow, promotionCodeAvailability } from "./availability"

const NOW = new Date("2026-06-15T12:00:00Z")
const DAY_MS = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString()

function promotion(extra: Partial<PromotionAvailabilityRow> = {}): PromotionAvailabilityRow {
  return { code: "PORTOFFERT", status: "active", application_method: { target_type: "shipping_methods" }, ...extra }
}

describe("promotionCodeAvailability", () => {
  it("names what a running code discounts, in the shopper's terms", () => {
    expect(promotionCodeAvailability(promotion({ campaign: { starts_at: at(-1), ends_at: at(1) } }), NOW)).toEqual({
      available: true,
      code: "PORTOFFERT",
      appliesTo: "shipping",
    })
  })

  it("tells a code that starts later from one that has ended", () => {
    expect(promotionCodeAvailability(promotion({ campaign: { starts_at: at(1), ends_at: at(10) } }), NOW)).toEqual({
      available: false,
      reason: "not_started",
    })
    expect(promotionCodeAvailability(promotion({ campaign: { starts_at: at(-10), ends_at: at(-1) } }), NOW)).toEqual({
      available: false,
      reason: "ended",
    })
  })

  it("treats the end instant as ended and the start instant as running", () => {
    expect(promotionCodeAvailability(promotion({ campaign: { ends_at: NOW } }), NOW)).toEqual({ available: false, reason: "ended" })
    expect(promotionCodeAvailability(promotion({ campaign: { starts_at: NOW } }), NOW)).toMatchObject({ available: true })
  })

  it("hides drafts as unknown and calls a deactivated code ended, whatever its dates", () => {
    const scheduled = { campaign: { starts_at: at(1) } }
    expect(promotionCodeAvailability(promotion({ status: "draft", ...scheduled }), NOW)).toEqual({ available: false, reason: "unknown" })
    expect(promotionCodeAvailability(promotion({ status: "inactive", ...scheduled }), NOW)).toEqual({ available: false, reason: "ended" })
    expect(promotionCodeAvailability(undefined, NOW)).toEqual({ available: false, reason: "unknown" })
  })
})

import { describe, expect, it } from "vitest"
import { retentionCutoff } from "./retention"

describe("retentionCutoff", () => {
  it("goes back whole calendar months, in UTC", () => {
    expect(retentionCutoff(new Date("2026-11-29T12:00:00Z"), 25).toISOString()).toBe("2024-10-29T12:00:00.000Z")
  })

  it("stays in the shorter month instead of rolling over", () => {
    expect(retentionCutoff(new Date("2026-03-31T00:00:00Z"), 1).toISOString()).toBe("2026-02-28T00:00:00.000Z")
    expect(retentionCutoff(new Date("2026-05-31T08:00:00Z"), 27).toISOString()).toBe("2024-02-29T08:00:00.000Z")
  })
})

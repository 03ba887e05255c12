import { describe, expect, it } from "vitest"
import { captureClientKey } from "./client-key"

const DAY = 86_400_000
const noon = Date.UTC(2026, 10, 23, 12)

describe("captureClientKey", () => {
  it("is stable within a day and never contains the address", () => {
    const key = captureClientKey("203.0.113.7", null, noon)
    expect(captureClientKey("203.0.113.7", null, noon + 3_600_000)).toBe(key)
    expect(key).not.toContain("203")
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it("changes with the day, so keys of two days cannot be linked", () => {
    expect(captureClientKey("203.0.113.7", null, noon + DAY)).not.toBe(captureClientKey("203.0.113.7", null, noon))
  })

  it("prefers the visitor's distinct id to the address", () => {
    const sameVisitor = [captureClientKey("203.0.113.7", "visitor-1", noon), captureClientKey("198.51.100.2", "visitor-1", noon)]
    expect(sameVisitor[0]).toBe(sameVisitor[1])
    expect(captureClientKey("203.0.113.7", "visitor-2", noon)).not.toBe(sameVisitor[0])
  })
})

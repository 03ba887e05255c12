import { describe, expect, it } from "vitest"
import { formatBytes, formatElapsed, pagePath } from "./audit-format"

describe("audit formats", () => {
  it("writes sizes in French units", () => {
    expect(formatBytes(512)).toBe("512 o")
    expect(formatBytes(48_213)).toBe("47,1 Ko")
    expect(formatBytes(null)).toBe("—")
  })

  it("writes how long the audit took", () => {
    expect(formatElapsed("2026-11-29T10:00:00Z", "2026-11-29T10:00:42Z")).toBe("42 s")
    expect(formatElapsed("2026-11-29T10:00:00Z", "2026-11-29T10:03:05Z")).toBe("3 min 05 s")
    expect(formatElapsed(null, "2026-11-29T10:00:00Z")).toBe("—")
  })

  it("shows pages by their path", () => {
    expect(pagePath("http://shop.test/produits/theiere?x=1")).toBe("/produits/theiere?x=1")
    expect(pagePath("not a url")).toBe("not a url")
  })
})

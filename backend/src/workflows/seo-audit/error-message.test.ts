import { describe, expect, it } from "vitest"
import { auditFailureMessage } from "./error-message"

describe("auditFailureMessage", () => {
  it("names the address and the fix when the storefront refuses the connection (fetch wraps the code)", () => {
    const error = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) })
    const message = auditFailureMessage(error, "http://localhost:8000")
    expect(message).toContain("http://localhost:8000")
    expect(message).toContain("refuse la connexion")
    expect(message).toContain("STOREFRONT_URL")
  })

  it("says the shop was too slow on a timeout", () => {
    const error = new DOMException("The operation was aborted due to timeout", "TimeoutError")
    expect(auditFailureMessage(error, "http://shop")).toContain("trop de temps")
  })

  it("keeps the detail of an unknown error, shortened", () => {
    const message = auditFailureMessage(new Error("x".repeat(1000)), "http://shop")
    expect(message.startsWith("L'audit de la boutique (http://shop) a échoué : ")).toBe(true)
    expect(message.length).toBeLessThan(400)
  })
})

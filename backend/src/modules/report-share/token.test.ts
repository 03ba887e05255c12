import { describe, expect, it } from "vitest"
import { hashShareToken, isWellFormedToken, newShareToken } from "./token"

describe("share tokens", () => {
  it("are random, well formed and stored as their SHA-256", () => {
    const token = newShareToken()
    expect(isWellFormedToken(token)).toBe(true)
    expect(newShareToken()).not.toBe(token)
    expect(hashShareToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(hashShareToken(token)).toMatch(/^[0-9a-f]{64}$/)
  })

  it("reject anything else before any lookup", () => {
    expect(isWellFormedToken("")).toBe(false)
    expect(isWellFormedToken("../../admin")).toBe(false)
    expect(isWellFormedToken("a".repeat(44))).toBe(false)
  })
})

import { describe, expect, it } from "vitest"
// The storefront's own check, imported as is: the two sides cannot drift apart unnoticed.
import {
  isValidRevalidationSignature,
  REVALIDATE_SIGNATURE_HEADER as STOREFRONT_HEADER,
} from "../../../../storefront/src/lib/revalidate-signature"
import { REVALIDATE_SIGNATURE_HEADER, signRevalidationBody } from "./signature"

describe("signRevalidationBody", () => {
  const body = JSON.stringify({ tags: ["products", "categories"] })

  it("is the lowercase hex HMAC-SHA256 of the raw body", () => {
    // Computed independently: printf '%s' 'hello' | openssl dgst -sha256 -hmac secret
    expect(signRevalidationBody("hello", "secret")).toBe(
      "88aab3ede8d3adf94d26ab90d3bafd4a2083070c3bcce9c014ee04a443847c0b"
    )
  })

  it("is accepted by the storefront's verifier, under the same header", () => {
    const secret = "dev-revalidate-secret-change-me"
    expect(REVALIDATE_SIGNATURE_HEADER).toBe(STOREFRONT_HEADER)
    expect(isValidRevalidationSignature(body, signRevalidationBody(body, secret), secret)).toBe(true)
  })

  it("is refused by the storefront for another secret or another body", () => {
    const signature = signRevalidationBody(body, "one-secret")
    expect(isValidRevalidationSignature(body, signature, "another-secret")).toBe(false)
    expect(isValidRevalidationSignature(`${body} `, signature, "one-secret")).toBe(false)
  })

  it("signs non-ASCII bodies as UTF-8, like the storefront", () => {
    const accented = JSON.stringify({ tags: ["catégories"] })
    expect(isValidRevalidationSignature(accented, signRevalidationBody(accented, "s"), "s")).toBe(true)
  })
})

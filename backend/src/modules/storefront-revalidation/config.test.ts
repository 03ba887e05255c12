import { describe, expect, it } from "vitest"
import { loadConfig } from "../../config/schema"

describe("revalidationStorefrontUrl", () => {
  it("defaults to the local storefront in development only", () => {
    expect(loadConfig({}).revalidationStorefrontUrl).toBe("http://localhost:8000")
    expect(loadConfig({ NODE_ENV: "test" }).revalidationStorefrontUrl).toBeUndefined()
  })

  it("follows STOREFRONT_URL when it is set", () => {
    expect(loadConfig({ NODE_ENV: "test", STOREFRONT_URL: "http://127.0.0.1:4321" }).revalidationStorefrontUrl).toBe(
      "http://127.0.0.1:4321"
    )
  })
})

import { describe, expect, it } from "vitest"
import { CACHE_TAGS } from "../../../../storefront/src/lib/cache-tags"
import { STOREFRONT_CACHE_TAGS } from "./cache-tags"

describe("STOREFRONT_CACHE_TAGS", () => {
  it("names exactly the storefront's cache tags", () => {
    expect(STOREFRONT_CACHE_TAGS).toEqual(CACHE_TAGS)
  })
})

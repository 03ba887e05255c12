import { describe, expect, it } from "vitest"
import { fetchThrough } from "./storefront-fetch"

function recorder() {
  const calls: { url: string; headers: Headers }[] = []
  const base = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers) })
    return new Response("ok")
  }) as typeof fetch
  return { calls, base }
}

describe("fetchThrough", () => {
  it("sends the public origin's requests to the internal address, path and query kept", async () => {
    const { calls, base } = recorder()
    const fetcher = fetchThrough("https://boutique.example", "http://storefront:8000", base)
    await fetcher("https://boutique.example/produits/th%C3%A9i%C3%A8re?page=2")
    expect(calls[0]?.url).toBe("http://storefront:8000/produits/th%C3%A9i%C3%A8re?page=2")
    expect(calls[0]?.headers.get("x-forwarded-host")).toBe("boutique.example")
    expect(calls[0]?.headers.get("x-forwarded-proto")).toBe("https")
  })

  it("leaves other origins alone", async () => {
    const { calls, base } = recorder()
    await fetchThrough("https://boutique.example", "http://storefront:8000", base)("https://cdn.example/image.png")
    expect(calls[0]?.url).toBe("https://cdn.example/image.png")
  })
})

import http from "node:http"
import type { AddressInfo } from "node:net"
import type { Logger } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import StorefrontRevalidationModuleService from "./service"

function recordingLogger() {
  const warnings: string[] = []
  const logger = { warn: (message: string) => warnings.push(message), debug: () => undefined } as unknown as Logger
  return { logger, warnings }
}

describe("StorefrontRevalidationModuleService", () => {
  const bodies: string[] = []
  const server = http.createServer((request, response) => {
    let body = ""
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")))
    request.on("end", () => {
      bodies.push(body)
      response.writeHead(200).end("{}")
    })
  })
  let storefrontUrl = ""
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    storefrontUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("does nothing without a storefront URL", async () => {
    const service = new StorefrontRevalidationModuleService(recordingLogger(), { secret: "s" })
    expect(service.enabled).toBe(false)
    expect(service.requestRevalidation(["products"])).toEqual([])
    await service.flush()
    expect(bodies).toEqual([])
  })

  it("sends one request for a burst of tags", async () => {
    const service = new StorefrontRevalidationModuleService(recordingLogger(), { storefrontUrl, secret: "s", windowMs: 50 })
    for (let i = 0; i < 200; i += 1) service.requestRevalidation(["products", i % 3 ? "regions" : "products"])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(bodies).toEqual([JSON.stringify({ tags: ["products", "regions"] })])
  })

  it("logs a warning, and throws nothing, when the storefront is down", async () => {
    const { logger, warnings } = recordingLogger()
    const service = new StorefrontRevalidationModuleService(
      { logger },
      { storefrontUrl: "http://127.0.0.1:9", secret: "s", timeoutMs: 500 }
    )
    service.requestRevalidation(["products"])
    await expect(service.flush()).resolves.toBeUndefined()
    expect(warnings).toEqual([expect.stringContaining("Storefront revalidation of products at http://127.0.0.1:9 failed")])
  })

  it("refuses options that are not a URL", () => {
    expect(() => new StorefrontRevalidationModuleService(recordingLogger(), { storefrontUrl: "ftp://x", secret: "s" })).toThrow(
      /Invalid storefront revalidation options/
    )
  })
})

describe("StorefrontRevalidationModuleService shutdown", () => {
  it("sends queued tags when Medusa prepares to shut down", async () => {
    const bodies: string[] = []
    const server = http.createServer((request, response) => {
      let body = ""
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")))
      request.on("end", () => {
        bodies.push(body)
        response.writeHead(200).end("{}")
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const storefrontUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const service = new StorefrontRevalidationModuleService(recordingLogger(), { storefrontUrl, secret: "s", windowMs: 60_000 })
    service.requestRevalidation(["collections"])
    await service.__hooks.onApplicationPrepareShutdown()
    expect(bodies).toEqual([JSON.stringify({ tags: ["collections"] })])
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
})

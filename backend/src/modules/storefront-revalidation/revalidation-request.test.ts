import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { isValidRevalidationSignature } from "../../../../storefront/src/lib/revalidate-signature"
import { revalidateBody } from "../../../../storefront/src/app/api/revalidate/validators"
import { revalidationEndpoint, sendRevalidationRequest } from "./revalidation-request"
import { REVALIDATE_SIGNATURE_HEADER } from "./signature"

type Received = { url: string; headers: http.IncomingHttpHeaders; body: string }

describe("sendRevalidationRequest (against a local HTTP server)", () => {
  const received: Received[] = []
  let answer: { status: number; delayMs: number } = { status: 200, delayMs: 0 }
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      received.push({ url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") })
      setTimeout(() => response.writeHead(answer.status).end("{}"), answer.delayMs)
    })
  })
  let baseUrl = ""

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it("posts a signed body that the storefront's validator and verifier accept", async () => {
    answer = { status: 200, delayMs: 0 }
    const outcome = await sendRevalidationRequest({
      storefrontUrl: `${baseUrl}/`,
      secret: "s3cret",
      tags: ["products", "regions"],
      timeoutMs: 2000,
    })
    expect(outcome).toEqual({ ok: true, status: 200 })
    const request = received.at(-1)!
    expect(request.url).toBe("/api/revalidate")
    expect(request.headers["content-type"]).toBe("application/json")
    expect(revalidateBody.parse(JSON.parse(request.body))).toEqual({ tags: ["products", "regions"] })
    expect(isValidRevalidationSignature(request.body, String(request.headers[REVALIDATE_SIGNATURE_HEADER]), "s3cret")).toBe(true)
  })

  it("reports a refusal without throwing", async () => {
    answer = { status: 401, delayMs: 0 }
    const outcome = await sendRevalidationRequest({ storefrontUrl: baseUrl, secret: "x", tags: ["products"], timeoutMs: 2000 })
    expect(outcome).toMatchObject({ ok: false, status: 401 })
  })

  it("gives up after the timeout", async () => {
    answer = { status: 200, delayMs: 1000 }
    const started = Date.now()
    const outcome = await sendRevalidationRequest({ storefrontUrl: baseUrl, secret: "x", tags: ["products"], timeoutMs: 100 })
    expect(outcome).toEqual({ ok: false, reason: "no answer within 100 ms" })
    expect(Date.now() - started).toBeLessThan(900)
  })

  it("reports a storefront that is down without throwing", async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const outcome = await sendRevalidationRequest({ storefrontUrl: `http://127.0.0.1:${port}`, secret: "x", tags: ["products"], timeoutMs: 2000 })
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? "" : outcome.reason).toMatch(/ECONNREFUSED|fetch failed/)
  })
})

describe("revalidationEndpoint", () => {
  it("keeps a base path and drops trailing slashes", () => {
    expect(revalidationEndpoint("https://lycee.fr/boutique//")).toBe("https://lycee.fr/boutique/api/revalidate")
    expect(revalidationEndpoint("http://localhost:8000")).toBe("http://localhost:8000/api/revalidate")
  })
})

import http from "node:http"
import type { AddressInfo } from "node:net"
import { gunzipSync } from "node:zlib"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { placeOrder, storedEvents } from "./ingest-helpers"

// With POSTHOG_HOST and POSTHOG_API_KEY, server-side events also go to PostHog through Medusa's
// Analytics module and its PostHog provider (the real posthog-node). PostHog's cloud is not
// reachable from the tests: a local HTTP server stands in for it and records what arrives.

type Received = { path: string; body: { api_key?: string; batch?: { event: string; distinct_id: string; properties: Record<string, unknown> }[] } }
const received: Received[] = []
const posthog = http.createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on("data", (chunk: Buffer) => chunks.push(chunk))
  request.on("end", () => {
    const raw = Buffer.concat(chunks)
    const text = request.headers["content-encoding"] === "gzip" ? gunzipSync(raw).toString() : raw.toString()
    received.push({ path: request.url ?? "", body: JSON.parse(text || "{}") })
    response.writeHead(200, { "content-type": "application/json" }).end('{"status":"Ok"}')
  })
})
await new Promise<void>((resolve) => posthog.listen(0, "127.0.0.1", resolve))
process.env.POSTHOG_HOST = `http://127.0.0.1:${(posthog.address() as AddressInfo).port}`
process.env.POSTHOG_API_KEY = "phc_comptoir_forwarding_test"

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    afterAll(() => new Promise<void>((resolve) => posthog.close(() => resolve())))

    describe("forwarding to PostHog", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("sends order_placed to PostHog as well as storing it", async () => {
        const { data: config } = await api.get("/comptoir/storefront-config")
        const { order } = await placeOrder(api, { headers: { "x-publishable-api-key": config.publishable_key } })

        // posthog-node flushes every 10 s.
        const deadline = Date.now() + 30_000
        const forwarded = () => received.flatMap((request) => request.body.batch ?? []).filter((event) => event.event === "order_placed")
        while (forwarded().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))

        expect(forwarded()).toHaveLength(1)
        expect(forwarded()[0]).toMatchObject({
          distinct_id: "visitor-order",
          properties: { order_id: order.id, currency: "eur", $session_id: "session-order" },
        })
        expect(received.find((request) => request.body.batch?.length)?.body.api_key).toBe("phc_comptoir_forwarding_test")
        expect(await storedEvents(dbConnection, "event = 'order_placed'")).toHaveLength(1)
      })
    })
  },
})

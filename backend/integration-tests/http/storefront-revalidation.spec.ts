import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { STOREFRONT_REVALIDATION_MODULE } from "../../src/modules/storefront-revalidation"
import type StorefrontRevalidationModuleService from "../../src/modules/storefront-revalidation/service"
// The storefront's own webhook checks: what passes here passes `POST /api/revalidate`.
import { isValidRevalidationSignature, REVALIDATE_SIGNATURE_HEADER } from "../../../storefront/src/lib/revalidate-signature"
import { revalidateBody } from "../../../storefront/src/app/api/revalidate/validators"
import { adminHeaders as adminSession } from "./api-session"

// A local HTTP server stands in for the storefront and records the webhook calls it receives.
const SECRET = "integration-revalidate-secret-0123456789"
type Received = { at: number; path: string; signatureValid: boolean; tags: string[] | null }
const received: Received[] = []
const storefront = http.createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on("data", (chunk: Buffer) => chunks.push(chunk))
  request.on("end", () => {
    const raw = Buffer.concat(chunks).toString("utf8")
    const signature = request.headers[REVALIDATE_SIGNATURE_HEADER]
    const parsed = revalidateBody.safeParse(JSON.parse(raw || "null"))
    received.push({
      at: Date.now(),
      path: request.url ?? "",
      signatureValid: isValidRevalidationSignature(raw, typeof signature === "string" ? signature : null, SECRET),
      tags: parsed.success ? parsed.data.tags : null,
    })
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ revalidated: parsed.data?.tags }))
  })
})
await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
process.env.REVALIDATE_SECRET = SECRET

async function waitForRequest(matches: (request: Received) => boolean, timeoutMs = 5000): Promise<Received | undefined> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const found = received.find(matches)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return undefined
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

    const adminHeaders = () => adminSession(api)

    describe("storefront revalidation", () => {
      let bootstrapMs = 0

      beforeAll(async () => {
        const started = Date.now()
        await bootstrap({ container: getContainer(), args: [] } as any)
        // Subscribers run after the workflows; give them time, then send what is still queued.
        await new Promise((resolve) => setTimeout(resolve, 1500))
        await getContainer().resolve<StorefrontRevalidationModuleService>(STOREFRONT_REVALIDATION_MODULE).flush()
        bootstrapMs = Date.now() - started
      })

      it("coalesces the starter shop's burst of events into a few signed requests", () => {
        console.info(`[storefront-revalidation] ${received.length} request(s) for the starter shop (${bootstrapMs} ms)`)
        expect(received.length).toBeGreaterThan(0)
        // One request per second of bootstrap at most, plus the final flush.
        expect(received.length).toBeLessThanOrEqual(Math.ceil(bootstrapMs / 1000) + 2)
        for (const request of received) {
          expect(request).toMatchObject({ path: "/api/revalidate", signatureValid: true })
          expect(request.tags).not.toBeNull()
        }
        // Each tag at most once per request, and the new products did reach the storefront.
        for (const request of received) expect(new Set(request.tags).size).toBe(request.tags!.length)
        expect(received.flatMap((request) => request.tags ?? [])).toContain("products")
      })

      it("refreshes products within seconds of a product update in the admin", async () => {
        const admin = await adminHeaders()
        const { data } = await api.get("/admin/products?limit=1&fields=id,title", admin)
        const product = data.products[0] as { id: string; title: string }
        const since = Date.now()

        const { status } = await api.post(`/admin/products/${product.id}`, { title: `${product.title} (soldes)` }, admin)
        expect(status).toBe(200)

        const request = await waitForRequest((r) => r.at >= since && (r.tags ?? []).includes("products"))
        expect(request).toMatchObject({ path: "/api/revalidate", signatureValid: true })
        console.info(`[storefront-revalidation] products refreshed ${request!.at - since} ms after the admin update`)
        expect(request!.at - since).toBeLessThan(5000)
      })

      /** Sends what earlier tests queued, so that a request seen afterwards comes from this test's change. */
      async function settled(): Promise<number> {
        await getContainer().resolve<StorefrontRevalidationModuleService>(STOREFRONT_REVALIDATION_MODULE).flush()
        return Date.now()
      }

      it("refreshes products when a price list is created (an entity with module events only)", async () => {
        const admin = await adminHeaders()
        const since = await settled()
        const { status } = await api.post(
          "/admin/price-lists",
          { title: "Soldes d'hiver", description: "Prix barrés", type: "sale", status: "active" },
          admin
        )
        expect(status).toBe(200)
        const request = await waitForRequest((r) => r.at >= since && (r.tags ?? []).includes("products"))
        expect(request).toMatchObject({ signatureValid: true, tags: ["products"] })
      })

      it("refreshes regions, prices and the shop settings when a region changes", async () => {
        const admin = await adminHeaders()
        const { data } = await api.get("/admin/regions?limit=1&fields=id,name", admin)
        const since = await settled()
        await api.post(`/admin/regions/${data.regions[0].id}`, { name: `${data.regions[0].name as string} ` }, admin)
        const request = await waitForRequest((r) => r.at >= since && (r.tags ?? []).includes("regions"))
        expect(request?.tags).toEqual(["products", "regions", "store-config"])
      })

      it("refreshes products when a promotion is created (module events only)", async () => {
        const admin = await adminHeaders()
        const since = await settled()
        const { status } = await api.post(
          "/admin/promotions",
          {
            code: "SOLDES20",
            type: "standard",
            status: "active",
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: 20, currency_code: "eur" },
          },
          admin
        )
        expect(status).toBe(200)
        const request = await waitForRequest((r) => r.at >= since && (r.tags ?? []).includes("products"))
        expect(request).toMatchObject({ signatureValid: true, tags: ["products"] })
      })

      it("refreshes products when the stock of a variant changes", async () => {
        const admin = await adminHeaders()
        const { data } = await api.get("/admin/inventory-items?limit=1&fields=id,location_levels.location_id", admin)
        const item = data.inventory_items[0] as { id: string; location_levels: { location_id: string }[] }
        const since = await settled()
        const { status } = await api.post(
          `/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0]!.location_id}`,
          { stocked_quantity: 3 },
          admin
        )
        expect(status).toBe(200)
        const request = await waitForRequest((r) => r.at >= since && (r.tags ?? []).includes("products"))
        expect(request).toMatchObject({ signatureValid: true, tags: ["products"] })
      })
    })
  },
})

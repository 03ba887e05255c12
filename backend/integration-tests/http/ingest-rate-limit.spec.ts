import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { envelope, pageview, post, storedEvents } from "./ingest-helpers"

// Read by medusa-config.ts when the runner loads it, after this module runs.
const LIMIT = 5
process.env.ANALYTICS_RATE_LIMIT_PER_MINUTE = String(LIMIT)

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection }) => {
    const baseUrl = () => api.defaults.baseURL as string
    const send = (distinctId: string) =>
      post(baseUrl(), "/ingest/e/", JSON.stringify(envelope([pageview({ distinct_id: distinctId })])))

    describe("the capture rate limit (ANALYTICS_RATE_LIMIT_PER_MINUTE)", () => {
      it("answers 429 with Retry-After past the limit, per visitor, and stores nothing from refused requests", async () => {
        for (let i = 0; i < LIMIT; i++) expect((await send("busy-visitor")).status).toBe(200)
        const refused = await send("busy-visitor")
        expect(refused.status).toBe(429)
        expect(refused.body.message).toMatch(/too many capture requests/)
        const retryAfter = Number(refused.headers.get("retry-after"))
        expect(retryAfter).toBeGreaterThanOrEqual(1)
        expect(retryAfter).toBeLessThanOrEqual(60)
        expect(await storedEvents(dbConnection, "distinct_id = ?", ["busy-visitor"])).toHaveLength(LIMIT)

        // Another visitor behind the same address (a class behind the school's proxy) is not affected.
        expect((await send("classmate")).status).toBe(200)
      })

      it("counts requests without a visitor id by address, broken ones included", async () => {
        const statuses: number[] = []
        for (let i = 0; i <= LIMIT; i++) statuses.push((await post(baseUrl(), "/ingest/e/", "{broken")).status)
        expect(statuses).toEqual([...Array(LIMIT).fill(400), 429])
      })
    })
  },
})

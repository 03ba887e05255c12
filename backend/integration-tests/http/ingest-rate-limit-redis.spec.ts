import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { captureClientSource } from "../../src/api/ingest/client-key"
import { RateLimiter } from "../../src/modules/event-store/rate-limiter"
import { RedisRateLimiter } from "../../src/modules/event-store/redis-rate-limiter"
import { envelope, pageview, post } from "./ingest-helpers"

// Real Redis (127.0.0.1:6379 on the project's machines, or TEST_REDIS_URL). Both variables are
// read by medusa-config.ts when the runner loads it, after this module runs.
const LIMIT = 4
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
process.env.ANALYTICS_RATE_LIMIT_PER_MINUTE = String(LIMIT)
process.env.REDIS_URL = REDIS_URL

function otherProcessLimiter(redisUrl: string, warnings: string[]): RedisRateLimiter {
  return new RedisRateLimiter({
    redisUrl,
    limitPerMinute: LIMIT,
    fallback: new RateLimiter({ limitPerMinute: LIMIT }),
    warn: (message) => warnings.push(message),
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    const baseUrl = () => api.defaults.baseURL as string
    const send = (distinctId: string) =>
      post(baseUrl(), "/ingest/e/", JSON.stringify(envelope([pageview({ distinct_id: distinctId })])))

    describe("the capture rate limit with REDIS_URL", () => {
      it("is one budget for every process: requests counted by another process use it up", async () => {
        // A fresh visitor per run: the counts live in Redis, which outlives the test database.
        const visitor = `shared-${randomUUID()}`
        const warnings: string[] = []
        const worker = otherProcessLimiter(REDIS_URL, warnings)
        try {
          for (let i = 0; i < 2; i++) expect((await worker.take(captureClientSource(undefined, visitor))).allowed).toBe(true)
          for (let i = 0; i < LIMIT - 2; i++) expect((await send(visitor)).status).toBe(200)
          const refused = await send(visitor)
          expect(refused.status).toBe(429)
          expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1)
          expect(await worker.take(captureClientSource(undefined, visitor))).toMatchObject({ allowed: false })
          expect((await send(`other-${randomUUID()}`)).status).toBe(200)
          expect(warnings).toEqual([])
        } finally {
          await worker.close()
        }
      })

      it("falls back to an in-process count, and says so once, when Redis cannot be reached", async () => {
        const warnings: string[] = []
        const unreachable = otherProcessLimiter("redis://127.0.0.1:1", warnings)
        try {
          const decisions = []
          for (let i = 0; i <= LIMIT; i++) decisions.push((await unreachable.take("distinct:offline")).allowed)
          expect(decisions).toEqual([...Array(LIMIT).fill(true), false])
          expect(warnings).toHaveLength(1)
          expect(warnings[0]).toMatch(/Redis unavailable/)
        } finally {
          await unreachable.close()
        }
      })
    })
  },
})

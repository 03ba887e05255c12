import { gzipSync } from "node:zlib"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seededRandom } from "../../bench/payloads"
import { envelope, pageview, post, storedEvents } from "./ingest-helpers"

// Thousands of requests from a hostile or broken client: the server answers each with a 2xx or
// a 4xx, never a 5xx, and keeps serving. The seed makes a failure reproducible.
process.env.ANALYTICS_RATE_LIMIT_PER_MINUTE = "1000000"
const SEED = 20261123
const REQUESTS = 3_000
const CONCURRENCY = 8

type Fuzzed = { body: string | Buffer; contentType: string; query: string; kind: string }

function generator(seed: number) {
  const random = seededRandom(seed)
  const int = (max: number) => Math.floor(random() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  const strings = ["", "é", "\u0000", "\uD800", "🍵", "$pageview", "__proto__", "constructor", "203.0.113.7", "x".repeat(70_000), "1e400", "null"]

  const value = (depth: number): unknown => {
    switch (int(depth > 4 ? 6 : 9)) {
      case 0: return pick(strings)
      case 1: return (random() - 0.5) * 10 ** int(30)
      case 2: return random() < 0.5
      case 3: return null
      case 4: return int(1_000_000)
      case 5: return String.fromCharCode(...Array.from({ length: int(40) }, () => int(0xffff)))
      case 6: return Array.from({ length: int(5) }, () => value(depth + 1))
      default: return Object.fromEntries(Array.from({ length: int(6) }, () => [pick(strings.slice(0, 9)) + int(9), value(depth + 1)]))
    }
  }
  const nested = (levels: number): unknown => {
    let inner: unknown = "bottom"
    for (let i = 0; i < levels; i++) inner = random() < 0.5 ? [inner] : { level: inner }
    return inner
  }
  const validBatch = () => envelope(Array.from({ length: 1 + int(5) }, () => pageview({ random_prop: value(0) })))
  const wrongTypes = () => {
    const batch = validBatch() as { batch: Record<string, unknown>[] }
    const event = batch.batch[0] as Record<string, unknown>
    event[pick(["event", "properties", "uuid", "timestamp", "distinct_id", "offset", "$set"])] = value(0)
    if (random() < 0.3) (batch as Record<string, unknown>)[pick(["batch", "sent_at", "api_key"])] = value(0)
    return batch
  }
  // Compressing tens of megabytes per request would make the client the bottleneck: three bombs, reused.
  const bombs = [8, 17, 32].map((megabytes) => gzipSync(Buffer.alloc(megabytes * 1024 * 1024, 32)))
  const mutate = (bytes: Buffer) => {
    const copy = Buffer.from(bytes)
    for (let i = 0; i < 1 + int(8); i++) copy[int(copy.length)] = int(256)
    return copy
  }

  return (): Fuzzed => {
    const query = pick(["", "?compression=gzip-js", "?compression=base64", "?compression=lz64", "?ver=1&compression=", "?compression[]=x"])
    const contentType = pick(["text/plain", "application/json", "application/x-www-form-urlencoded", "application/octet-stream", ""])
    const kind = pick(["bytes", "truncated-gzip", "wrong-types", "huge-string", "deep", "very-deep", "mutated", "form", "bomb", "json-value"])
    const json = () => JSON.stringify(random() < 0.5 ? wrongTypes() : validBatch())
    switch (kind) {
      case "bytes":
        return { kind, query, contentType, body: Buffer.from(Array.from({ length: int(3000) }, () => int(256))) }
      case "truncated-gzip": {
        const gzip = gzipSync(json())
        return { kind, query, contentType, body: gzip.subarray(0, int(gzip.length)) }
      }
      case "wrong-types":
        return { kind, query, contentType, body: random() < 0.5 ? gzipSync(JSON.stringify(wrongTypes())) : JSON.stringify(wrongTypes()) }
      case "huge-string":
        return { kind, query, contentType, body: JSON.stringify(envelope([pageview({ [pick(["title", "$current_url", "utm_source"])]: "z".repeat(65_000 + int(10_000)) })])) }
      case "deep":
        return { kind, query, contentType, body: JSON.stringify(envelope([pageview({ deep: nested(15 + int(20)) })])) }
      case "very-deep":
        return { kind, query, contentType, body: "[".repeat(10_000 + int(100_000)) }
      case "mutated":
        return { kind, query, contentType, body: mutate(random() < 0.5 ? gzipSync(json()) : Buffer.from(json())) }
      case "form": {
        const data = random() < 0.5 ? Buffer.from(json()).toString("base64") : pick(["%%%", "====", "data", "e30=", ""])
        return { kind, query, contentType: "application/x-www-form-urlencoded", body: pick([`data=${data}`, `compression=lz64&data=${data}`, `nodata=${data}`, data]) }
      }
      case "bomb":
        return { kind, query, contentType, body: pick(bombs) }
      default:
        return { kind, query, contentType, body: JSON.stringify(value(0)) }
    }
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection }) => {
    const baseUrl = () => api.defaults.baseURL as string

    describe("the capture endpoint under fuzzing", () => {
      it(`answers ${REQUESTS} random and malformed bodies with 2xx or 4xx only, and keeps serving`, async () => {
        const next = generator(SEED)
        const statuses = new Map<number, number>()
        const serverErrors: string[] = []
        let sent = 0
        const worker = async () => {
          while (sent < REQUESTS) {
            sent += 1
            const fuzzed = next()
            const path = `${sent % 2 ? "/ingest/e/" : "/ingest/i/v0/e"}${fuzzed.query}`
            const headers: Record<string, string> = fuzzed.contentType ? { "content-type": fuzzed.contentType } : {}
            const response = await post(baseUrl(), path, fuzzed.body, headers)
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
            if (response.status >= 500 || response.status < 200) serverErrors.push(`${fuzzed.kind} ${path}: ${response.status}`)
            if (response.status === 400) expect(response.body.message).toEqual(expect.any(String))
          }
        }
        await Promise.all(Array.from({ length: CONCURRENCY }, worker))
        process.stdout.write(`fuzz statuses: ${JSON.stringify(Object.fromEntries(statuses))}\n`)

        expect(serverErrors).toEqual([])
        expect([...statuses.keys()].every((status) => [200, 400, 413].includes(status))).toBe(true)
        // The generator really exercised both outcomes.
        expect(statuses.get(400)).toBeGreaterThan(REQUESTS / 4)
        expect(statuses.get(200)).toBeGreaterThan(50)
        expect(statuses.get(413)).toBeGreaterThan(10)

        expect((await fetch(`${baseUrl()}/health`)).status).toBe(200)
        const after = pageview({ $session_id: "after-the-fuzz" })
        expect((await post(baseUrl(), "/ingest/e/", JSON.stringify(envelope([after])))).status).toBe(200)
        expect(await storedEvents(dbConnection, "uuid = ?", [after.uuid])).toHaveLength(1)
      })
    })
  },
})

import { gzipSync } from "node:zlib"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { envelope, gzipBody, pageview, post, storedEvents } from "./ingest-helpers"

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection }) => {
    const baseUrl = () => api.defaults.baseURL as string

    describe("the posthog-js capture endpoints", () => {
      it("store a gzip batch sent as text/plain, with session, channel and UTM columns", async () => {
        const fromNewsletter = pageview({
          $current_url: "http://localhost:8000/fr/produits/tasse?utm_source=newsletter&utm_medium=email&utm_campaign=noel",
          $pathname: "/fr/produits/tasse",
          utm_source: "newsletter",
          utm_medium: "email",
          utm_campaign: "noel",
          $session_id: "session-gzip",
          favourite_colour: "bleu",
        })
        const fromGoogle = pageview({
          distinct_id: "visitor-2",
          $session_id: "session-google",
          $session_entry_url: "http://localhost:8000/fr",
          $session_entry_referrer: "https://www.google.com/",
          $session_entry_referring_domain: "www.google.com",
          $referrer: "http://localhost:8000/fr",
          $referring_domain: "localhost:8000",
        })
        const response = await post(baseUrl(), "/ingest/e/?compression=gzip-js&ver=1.449.2", gzipBody(envelope([fromNewsletter, fromGoogle])))
        expect(response).toMatchObject({ status: 200, body: { status: 1 } })

        const [newsletter] = await storedEvents(dbConnection, "uuid = ?", [fromNewsletter.uuid])
        expect(newsletter).toMatchObject({
          event: "$pageview",
          distinct_id: "visitor-1",
          session_id: "session-gzip",
          pathname: "/fr/produits/tasse",
          host: "localhost:8000",
          channel: "email",
          utm_source: "newsletter",
          utm_medium: "email",
          utm_campaign: "noel",
          device_type: "desktop",
          browser: "Chrome",
          is_bot: false,
        })
        // Typed columns are not repeated in the JSON; the rest is kept there.
        expect(newsletter?.properties).toMatchObject({ favourite_colour: "bleu" })
        expect(newsletter?.properties).not.toHaveProperty("$current_url")
        // The third page of a visit from Google stays "Organic Search" (session entry referrer).
        const [google] = await storedEvents(dbConnection, "uuid = ?", [fromGoogle.uuid])
        expect(google).toMatchObject({ session_id: "session-google", channel: "organic_search" })
      })

      it("accept plain JSON on /ingest/i/v0/e, with or without the trailing slash", async () => {
        const first = pageview({ $referrer: "https://www.qwant.com/", $referring_domain: "www.qwant.com" })
        const second = pageview({ $current_url: "http://localhost:8000/fr?gclid=abc123", $pathname: "/fr" })
        for (const [path, event] of [["/ingest/i/v0/e", first], ["/ingest/i/v0/e/", second]] as const) {
          const response = await post(baseUrl(), path, JSON.stringify(envelope([event])), { "content-type": "application/json" })
          expect(response.status).toBe(200)
        }
        const rows = await storedEvents(dbConnection, "uuid IN (?, ?)", [first.uuid, second.uuid])
        expect(Object.fromEntries(rows.map((row) => [row.uuid, row.channel]))).toEqual({
          [first.uuid]: "organic_search",
          [second.uuid]: "paid_search",
        })
      })

      it("read sendBeacon's form body data=<base64> ($pageleave)", async () => {
        const leave = pageview({ $referrer: "https://blog.example.fr/article", $referring_domain: "blog.example.fr" }, "$pageleave")
        const data = Buffer.from(JSON.stringify(envelope([leave]))).toString("base64")
        const response = await post(baseUrl(), "/ingest/e/?compression=base64", `data=${encodeURIComponent(data)}`, {
          "content-type": "application/x-www-form-urlencoded",
        })
        expect(response.status).toBe(200)
        const [row] = await storedEvents(dbConnection, "uuid = ?", [leave.uuid])
        expect(row).toMatchObject({ event: "$pageleave", referring_domain: "blog.example.fr", channel: "referral" })
      })

      it("accept PostHog's /batch and /capture shapes too", async () => {
        const inBatch = pageview()
        const single = { ...pageview(), api_key: "phc_comptoir_test" }
        expect((await post(baseUrl(), "/ingest/batch", JSON.stringify(envelope([inBatch])))).status).toBe(200)
        expect((await post(baseUrl(), "/ingest/capture/", JSON.stringify(single))).status).toBe(200)
        expect(await storedEvents(dbConnection, "uuid IN (?, ?)", [inBatch.uuid, single.uuid])).toHaveLength(2)
      })

      it("store a batch sent twice (a posthog-js retry) once, and a uuid repeated in one batch once", async () => {
        const event = pageview()
        const other = pageview()
        const body = gzipBody(envelope([event, other, event]))
        for (let attempt = 0; attempt < 3; attempt++) {
          expect((await post(baseUrl(), "/ingest/e/", body)).status).toBe(200)
        }
        expect(await storedEvents(dbConnection, "uuid IN (?, ?)", [event.uuid, other.uuid])).toHaveLength(2)
      })

      it("commit each of many concurrent batches before its 200, even when they share one INSERT", async () => {
        // Concurrent requests are written together (event-store/group-insert.ts); one uuid sent
        // by every request must still be stored once.
        const shared = pageview({ $session_id: "session-concurrent" })
        const batches = Array.from({ length: 24 }, () => [shared, ...Array.from({ length: 4 }, () => pageview({ $session_id: "session-concurrent" }))])
        await Promise.all(
          batches.map(async (batch) => {
            expect((await post(baseUrl(), "/ingest/e/", gzipBody(envelope(batch)))).status).toBe(200)
            const uuids = batch.map((event) => event.uuid)
            const stored = await storedEvents(dbConnection, `uuid IN (${uuids.map(() => "?").join(", ")})`, uuids)
            expect(stored).toHaveLength(batch.length)
          })
        )
        expect(await storedEvents(dbConnection, "session_id = ?", ["session-concurrent"])).toHaveLength(1 + 24 * 4)
      })

      it("give an event sent without uuid one of its own", async () => {
        const { uuid: _ignored, ...event } = pageview({ $session_id: "session-without-uuid" })
        expect((await post(baseUrl(), "/ingest/e/", JSON.stringify(envelope([event, event])))).status).toBe(200)
        const rows = await storedEvents(dbConnection, "session_id = ?", ["session-without-uuid"])
        expect(rows).toHaveLength(2)
        for (const row of rows) expect(row.uuid).toMatch(/^[0-9a-f-]{36}$/)
      })

      it("flag robots instead of dropping them", async () => {
        const crawler = pageview({
          $raw_user_agent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        })
        expect((await post(baseUrl(), "/ingest/e/", JSON.stringify(envelope([crawler])))).status).toBe(200)
        const [row] = await storedEvents(dbConnection, "uuid = ?", [crawler.uuid])
        expect(row).toMatchObject({ is_bot: true, bot_reason: "crawler_user_agent" })
      })

      it("store no IP address, whatever the client or proxy sends", async () => {
        const event = pageview({ $ip: "203.0.113.7", client_ip: "203.0.113.7", nested: { remote_addr: "203.0.113.7" } })
        const response = await post(baseUrl(), "/ingest/e/", JSON.stringify({ ...envelope([event]), ip: "203.0.113.7" }), {
          "x-forwarded-for": "203.0.113.7",
        })
        expect(response.status).toBe(200)
        const { rows } = await dbConnection.raw(
          "SELECT count(*)::int AS n FROM captured_event c WHERE to_jsonb(c)::text LIKE '%203.0.113%'"
        )
        expect(rows[0].n).toBe(0)
        expect(await storedEvents(dbConnection, "uuid = ?", [event.uuid])).toHaveLength(1)
      })

      it("store text Postgres cannot hold as is (NUL, broken surrogates) instead of failing", async () => {
        const event = pageview({ title: "tasse\u0000bleue", "clé\u0000": "\uD83C" })
        const response = await post(baseUrl(), "/ingest/e/", JSON.stringify(envelope([event])), { "content-type": "application/json" })
        expect(response.status).toBe(200)
        const [row] = await storedEvents(dbConnection, "uuid = ?", [event.uuid])
        expect(row?.properties).toMatchObject({ title: "tasse\uFFFDbleue", "clé\uFFFD": "\uFFFD" })
      })
    })

    describe("the limits", () => {
      it("refuse a body over 1 MB with 413, whether Content-Length says so or not", async () => {
        const big = pageview({ padding: "x".repeat(60_000) })
        const body = Buffer.from(JSON.stringify(envelope(Array.from({ length: 19 }, () => ({ ...big, uuid: undefined })))))
        expect(body.length).toBeGreaterThan(1_100_000)

        const declared = await post(baseUrl(), "/ingest/e/", body)
        expect(declared.status).toBe(413)
        expect(declared.body.message).toMatch(/larger than 1048576 bytes/)

        // Chunked: no Content-Length, only the bytes actually received can tell.
        const chunks = [body.subarray(0, 500_000), body.subarray(500_000)]
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = chunks.shift()
            if (next) controller.enqueue(next)
            else controller.close()
          },
        })
        const streamed = await fetch(`${baseUrl()}/ingest/e/`, { method: "POST", body: stream, duplex: "half" } as RequestInit)
        expect(streamed.status).toBe(413)
        expect(streamed.headers.get("content-length")).not.toBeNull()

        expect(await storedEvents(dbConnection)).toHaveLength(0)
        expect((await fetch(`${baseUrl()}/health`)).status).toBe(200)
      })

      it("accept a batch just under 1 MB", async () => {
        const event = pageview({ padding: "y".repeat(40_000) })
        const batch = Array.from({ length: 24 }, () => ({ ...event, uuid: undefined }))
        const body = JSON.stringify(envelope(batch))
        expect(body.length).toBeLessThan(1_048_576)
        expect((await post(baseUrl(), "/ingest/e/", body)).status).toBe(200)
        expect(await storedEvents(dbConnection)).toHaveLength(24)
      })

      it("refuse malformed bodies with 400 and the reason in plain English, storing nothing", async () => {
        const truncatedGzip = gzipSync(JSON.stringify(envelope([pageview()]))).subarray(0, 30)
        const cases: [string | Uint8Array, RegExp][] = [
          ["{not json", /not valid JSON/],
          [truncatedGzip, /cannot be decompressed/],
          [JSON.stringify({ batch: "nope" }), /"batch" must be an array/],
          [JSON.stringify(envelope([pageview(), { event: "", properties: {} }])), /event 1 has no event name/],
          [JSON.stringify(envelope([{ event: "x", properties: [1, 2] }])), /"properties" must be an object/],
          ["", /body is empty/],
        ]
        for (const [body, reason] of cases) {
          const response = await post(baseUrl(), "/ingest/e/", body)
          expect({ status: response.status, message: response.body.message }).toEqual({
            status: 400,
            message: expect.stringMatching(reason),
          })
        }
        expect(await storedEvents(dbConnection)).toHaveLength(0)
      })
    })

    describe("the calls posthog-js makes besides capture", () => {
      it("answer /flags (v2) and /decide with no flag on", async () => {
        const flags = await post(baseUrl(), "/ingest/flags/?v=2&config=true", JSON.stringify({ token: "phc_x", distinct_id: "a" }))
        expect(flags).toMatchObject({ status: 200, body: { flags: {}, featureFlags: {}, errorsWhileComputingFlags: false } })
        const decide = await post(baseUrl(), "/ingest/decide/?v=3", "{}")
        expect(decide).toMatchObject({ status: 200, body: { featureFlags: {}, sessionRecording: false } })
      })

      it("serve a remote config that turns every extra feature off, as JSON and as a script", async () => {
        const { data, status } = await api.get("/ingest/array/phc_comptoir_test/config")
        expect(status).toBe(200)
        expect(data).toMatchObject({
          supportedCompression: ["gzip-js", "base64"],
          analytics: { endpoint: "/i/v0/e/" },
          sessionRecording: false,
          surveys: false,
          heatmaps: false,
          hasFeatureFlags: false,
        })
        const script = await fetch(`${baseUrl()}/ingest/array/phc_comptoir_test/config.js`)
        expect(script.headers.get("content-type")).toMatch(/javascript/)
        const window: { _POSTHOG_REMOTE_CONFIG?: Record<string, { config: { surveys: boolean } }> } = {}
        new Function("window", await script.text())(window)
        expect(window._POSTHOG_REMOTE_CONFIG?.phc_comptoir_test?.config.surveys).toBe(false)

        expect((await fetch(`${baseUrl()}/ingest/array/${encodeURIComponent('x";alert(1)//')}/config.js`)).status).toBe(400)
        expect((await fetch(`${baseUrl()}/ingest/array/phc_x/other.js`)).status).toBe(404)
      })

      it("allow the storefront's origin (CORS), and only it", async () => {
        const preflight = (origin: string) =>
          fetch(`${baseUrl()}/ingest/e/`, {
            method: "OPTIONS",
            headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
          })
        const allowed = await preflight("http://localhost:8000")
        expect(allowed.status).toBe(204)
        expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:8000")
        expect(allowed.headers.get("access-control-allow-methods")).toContain("POST")
        const foreign = await preflight("https://evil.example")
        expect(foreign.headers.get("access-control-allow-origin")).toBeNull()
      })
    })
  },
})

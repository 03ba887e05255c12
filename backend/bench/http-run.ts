import autocannon from "autocannon"

export interface HttpRun {
  /** Events whose batch was answered 2xx, i.e. committed. */
  acknowledged: number
  eventsPerSecond: number
  medianLatencyMs: number
  p99LatencyMs: number
}

/** Sends every body once, `connections` at a time, as posthog-js sends them (gzip as text/plain). */
export async function httpRun(
  target: { url: string; connections: number; eventsPerBatch: number },
  bodies: readonly Buffer[]
): Promise<HttpRun> {
  let next = 0
  const result = await autocannon({
    url: `${target.url}/ingest/i/v0/e/?compression=gzip-js&ver=1.449.2`,
    method: "POST",
    headers: { "content-type": "text/plain", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0" },
    connections: target.connections,
    amount: bodies.length,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          request.body = bodies[next++ % bodies.length] as Buffer
          return request
        },
      },
    ],
  })
  const acknowledged = result["2xx"] * target.eventsPerBatch
  return {
    acknowledged,
    eventsPerSecond: acknowledged / (result.duration || 1),
    medianLatencyMs: result.latency.p50,
    p99LatencyMs: result.latency.p99,
  }
}

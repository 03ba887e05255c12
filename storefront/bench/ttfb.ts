import http from "node:http";
import https from "node:https";
import { summarise, type TtfbSummary } from "./ttfb-stats";

export type TtfbRun = TtfbSummary & { lastHeaders: http.IncomingHttpHeaders };

/**
 * Time from sending a GET to receiving the response headers (the first bytes), in ms.
 * One kept-alive connection, so connection set-up is not counted and both measured
 * routes are compared on the same footing; each body is read to the end before the next request.
 */
function timeToFirstByte(url: URL, agent: http.Agent): Promise<{ ms: number; headers: http.IncomingHttpHeaders }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = client.get(url, { agent, headers: { "accept-encoding": "gzip, br" } }, (response) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      response.resume();
      response.on("end", () => {
        if ((response.statusCode ?? 0) >= 400) reject(new Error(`${url.href} answered HTTP ${response.statusCode}`));
        else resolve({ ms, headers: response.headers });
      });
      response.on("error", reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`${url.href} did not answer within 30 s`)));
    request.on("error", reject);
  });
}

/** `warmUp` requests that are not counted (they fill the cache), then `count` sequential ones. */
export async function measureTtfb(target: string, { warmUp, count }: { warmUp: number; count: number }): Promise<TtfbRun> {
  const url = new URL(target);
  const agent = new (url.protocol === "https:" ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: 1 });
  try {
    for (let i = 0; i < warmUp; i += 1) await timeToFirstByte(url, agent);
    const samples: number[] = [];
    let lastHeaders: http.IncomingHttpHeaders = {};
    for (let i = 0; i < count; i += 1) {
      const { ms, headers } = await timeToFirstByte(url, agent);
      samples.push(ms);
      lastHeaders = headers;
    }
    return { ...summarise(samples), lastHeaders };
  } finally {
    agent.destroy();
  }
}

/**
 * Storefront benchmark: Lighthouse scores of the home, a category and a product page against
 * Comptoir's targets, then the time to first byte of a cached product page beside the
 * storefront's own `/api/health` route. Measures a shop that is already running:
 *
 *   npm start                        # in another terminal
 *   npm run bench -w storefront      # BENCH_STOREFRONT_URL=http://localhost:8000 by default
 *
 * BENCH_STRICT=1 makes it exit with code 2 when a target is missed (for CI).
 */
import { auditPages } from "./lighthouse-audit";
import { pickBenchPages } from "./sitemap-pages";
import { allTargetsMet, failingAudits, formatScoreTable, scoresOf } from "./score-table";
import { measureTtfb } from "./ttfb";
import { formatTtfb } from "./ttfb-stats";

const baseUrl = process.env.BENCH_STOREFRONT_URL ?? "http://localhost:8000";
const TTFB_WARM_UP = 20;
const TTFB_REQUESTS = 200;

function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(30_000) });
}

async function main(): Promise<void> {
  try {
    const health = await fetch(new URL("/api/health", baseUrl), { signal: AbortSignal.timeout(5_000) });
    if (!health.ok) throw new Error(`HTTP ${health.status}`);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    fail(
      `No shop answers at ${baseUrl} (${error instanceof Error ? error.message : String(error)}${cause}).\n` +
        "Start it first with `npm start` (or point BENCH_STOREFRONT_URL at a running storefront), then run the bench again.",
    );
  }

  const sitemap = await get("/sitemap.xml");
  if (!sitemap.ok) fail(`${baseUrl}/sitemap.xml answered HTTP ${sitemap.status}.`);
  const pages = pickBenchPages(await sitemap.text(), baseUrl);
  if ("missing" in pages) {
    fail(`The sitemap lists no ${pages.missing.join(" and no ")}: seed the shop (\`npm run seed\`) so there is a catalogue to measure.`);
  }

  const labelled = [
    { label: "home", url: pages.home },
    { label: "category", url: pages.category },
    { label: "product", url: pages.product },
  ];
  process.stdout.write(`Lighthouse (mobile, default settings) on ${baseUrl}…\n`);
  const results = await auditPages(labelled.map((page) => page.url));
  const rows = labelled.map((page, index) => scoresOf(page.label, results[index]!));
  process.stdout.write(`\n${formatScoreTable(rows)}\n`);
  labelled.forEach((page, index) => {
    const failing = failingAudits(results[index]!);
    process.stdout.write(`\n${page.label} — ${page.url}\n`);
    if (failing.length === 0) process.stdout.write("  no failing audit\n");
    for (const audit of failing) {
      process.stdout.write(`  ✗ ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}\n`);
    }
  });

  process.stdout.write(
    `\nTime to first byte, ${TTFB_WARM_UP} warm-up then ${TTFB_REQUESTS} sequential requests each, one kept-alive connection…\n`,
  );
  const product = await measureTtfb(pages.product, { warmUp: TTFB_WARM_UP, count: TTFB_REQUESTS });
  const healthRoute = await measureTtfb(new URL("/api/health", baseUrl).href, { warmUp: TTFB_WARM_UP, count: TTFB_REQUESTS });
  process.stdout.write(`${formatTtfb(product, healthRoute)}\n`);
  const cacheHeaders = ["x-nextjs-cache", "x-nextjs-prerender", "cache-control"]
    .filter((name) => product.lastHeaders[name] !== undefined)
    .map((name) => `${name}: ${String(product.lastHeaders[name])}`);
  process.stdout.write(`product page cache headers: ${cacheHeaders.join("; ") || "none"}\n`);

  const met = allTargetsMet(rows);
  process.stdout.write(`\nLighthouse targets ${met ? "all met" : "missed (see ✗ above)"}.\n`);
  if (!met && process.env.BENCH_STRICT === "1") process.exitCode = 2;
}

main().catch((error: unknown) => fail(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));

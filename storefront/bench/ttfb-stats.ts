export type TtfbSummary = { count: number; medianMs: number; p95Ms: number };

/** Nearest-rank percentile (p in 0–100) of a non-empty list of durations. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of an empty list");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function summarise(samples: readonly number[]): TtfbSummary {
  return { count: samples.length, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95) };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The TTFB lines of the report: the product page, the health route, and how many times slower the page is. */
export function formatTtfb(page: TtfbSummary, baseline: TtfbSummary): string {
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : "—");
  return [
    `product page   median ${ms(page.medianMs)}   p95 ${ms(page.p95Ms)}   (${page.count} requests)`,
    `/api/health    median ${ms(baseline.medianMs)}   p95 ${ms(baseline.p95Ms)}   (${baseline.count} requests)`,
    `ratio page / health: median ${ratio(page.medianMs, baseline.medianMs)}, p95 ${ratio(page.p95Ms, baseline.p95Ms)}`,
  ].join("\n");
}

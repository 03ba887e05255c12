// What the load benchmark's visitor process measures and sends back to the parent, and the
// table the parent prints from it.

/** The route groups the table reports, in the order a visit goes through them. */
export const ROUTE_GROUPS = ["config", "catalogue", "product", "ingest", "cart", "checkout"] as const
export type RouteGroup = (typeof ROUTE_GROUPS)[number]

export type RequestSample = { group: RouteGroup; status: number; ms: number }

/** An order the backend acknowledged (200 with an order): it must exist afterwards. */
export type AcknowledgedOrder = { orderId: string; cartId: string }

export type VisitorReport = {
  startedAt: number
  endedAt: number
  samples: RequestSample[]
  /** Events of batches answered 200: each must be in the event store. */
  acknowledgedEvents: string[]
  orders: AcknowledgedOrder[]
  /** Checkouts refused because the stock ran out (a 4xx, expected once the shop is emptied). */
  outOfStock: number
  /** Checkouts whose answer never came (timeout, reset): retried on the same cart. */
  unanswered: number
  visits: number
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export type GroupSummary = {
  group: RouteGroup | "all"
  requests: number
  perSecond: number
  p50: number
  p95: number
  max: number
  status4xx: number
  status5xx: number
  /** No answer at all (timeout, connection reset), counted apart from the HTTP statuses. */
  failed: number
}

export function summarise(samples: readonly RequestSample[], seconds: number): GroupSummary[] {
  const rows: GroupSummary[] = []
  for (const group of [...ROUTE_GROUPS, "all"] as const) {
    const mine = group === "all" ? samples : samples.filter((sample) => sample.group === group)
    if (mine.length === 0) continue
    const times = mine.map((sample) => sample.ms).sort((a, b) => a - b)
    rows.push({
      group,
      requests: mine.length,
      perSecond: mine.length / Math.max(seconds, 0.001),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1] as number,
      status4xx: mine.filter((sample) => sample.status >= 400 && sample.status < 500).length,
      status5xx: mine.filter((sample) => sample.status >= 500).length,
      failed: mine.filter((sample) => sample.status === 0).length,
    })
  }
  return rows
}

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 })

export function formatTable(rows: readonly GroupSummary[]): string {
  const header = ["groupe", "requêtes", "req/s", "p50 ms", "p95 ms", "max ms", "4xx", "5xx", "sans réponse"]
  const lines = rows.map((row) => [
    row.group,
    String(row.requests),
    number.format(row.perSecond),
    number.format(row.p50),
    number.format(row.p95),
    number.format(row.max),
    String(row.status4xx),
    String(row.status5xx),
    String(row.failed),
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)))
  const render = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")
  return [render(header), render(widths.map((width) => "-".repeat(width))), ...lines.map(render)].join("\n")
}

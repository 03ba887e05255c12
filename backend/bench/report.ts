import type { CpuSample } from "./cpu-usage"
import type { HttpRun } from "./http-run"

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
const format = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** CPU milliseconds per 1000 events, backend and Postgres, as "12.3 + 45.6". */
function cpuPerThousand(samples: (CpuSample | undefined)[], events: number): { text: string; total: number } {
  const defined = samples.filter((sample): sample is CpuSample => sample !== undefined)
  if (defined.length === 0) return { text: "—", total: Number.NaN }
  const backend = median(defined.map((sample) => (sample.backendMs * 1000) / events))
  const postgres = median(defined.map((sample) => (sample.postgresMs * 1000) / events))
  return { text: `${format(backend, 1)} + ${format(postgres, 1)}`, total: backend + postgres }
}

export function printReport(input: {
  http: (HttpRun & { cpu?: CpuSample })[]
  copy: { eventsPerSecond: number; cpu?: CpuSample }[]
  eventsPerRun: number
  settings: { runs: number; eventsPerBatch: number; connections: number }
}): void {
  const { http, copy, eventsPerRun, settings } = input
  const httpMedian = median(http.map((run) => run.eventsPerSecond))
  const copyMedian = median(copy.map((run) => run.eventsPerSecond))
  const httpCpu = cpuPerThousand(http.map((run) => run.cpu), eventsPerRun)
  const copyCpu = cpuPerThousand(copy.map((run) => run.cpu), eventsPerRun)
  const table = [
    ["path", "events/s", "p50 latency", "p99 latency", "vs COPY", "CPU ms / 1000 events (backend + Postgres)"],
    [
      `HTTP /ingest/i/v0/e (gzip, ${settings.eventsPerBatch}/batch, ${settings.connections} conn.)`,
      format(httpMedian),
      `${format(median(http.map((run) => run.medianLatencyMs)), 1)} ms`,
      `${format(median(http.map((run) => run.p99LatencyMs)), 1)} ms`,
      `${format((100 * httpMedian) / copyMedian, 1)} %`,
      httpCpu.text,
    ],
    ["COPY of the same rows (pre-encoded)", format(copyMedian), "—", "—", "100.0 %", copyCpu.text],
  ]
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)))
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")
  const out = [line(table[0]!), widths.map((width) => "-".repeat(width)).join("  "), ...table.slice(1).map(line)]
  out.push("", `Medians over ${settings.runs} runs; every acknowledged event was found in the table after each run.`)
  if (Number.isFinite(httpCpu.total)) {
    out.push(
      `At the measured CPU cost, two cores doing nothing else would sustain about ` +
        `${format(2_000_000 / httpCpu.total)} events/s through HTTP (${format(2_000_000 / copyCpu.total)} by COPY); ` +
        `the figures above also pay for the load generator and anything else running on the machine.`
    )
  }
  process.stdout.write(`\n${out.join("\n")}\n`)
}

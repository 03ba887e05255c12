import type { ReportId, ReportResults } from "@comptoir/analytics"
import type { ResolvedFilter } from "./filter"

// Defined by Medusa's admin bundler (vite `define`): the backend's URL when the admin is served
// from elsewhere, "" when the admin and the API share an origin (the usual `/app`).
declare const __BACKEND_URL__: string | undefined

function backendUrl(): string {
  const configured = typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : ""
  return configured.replace(/\/+$/, "")
}

export function reportPath(report: ReportId): string {
  return `/admin/statistiques/${report}`
}

/** The API's query string for a report; `csv` asks for the CSV export of the same figures. */
export function reportSearch(filter: ResolvedFilter, format?: "csv"): URLSearchParams {
  const params = new URLSearchParams({
    from: filter.range.from.toISOString(),
    to: filter.range.to.toISOString(),
    // The API can also compare with a custom period; the dashboard offers the previous one.
    compare: filter.compare ? "previous" : "none",
    include_simulated: String(filter.includeSimulated),
    granularity: filter.granularity,
  })
  if (format) params.set("format", format)
  return params
}

export function reportUrl(report: ReportId, filter: ResolvedFilter, format?: "csv"): string {
  return `${backendUrl()}${reportPath(report)}?${reportSearch(filter, format).toString()}`
}

/** An API answer other than 2xx, with the reason the API gave (Medusa's `{ message }`). */
export class ReportRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = "ReportRequestError"
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json()
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string") {
      return body.message
    }
  } catch {
    // Not JSON (a proxy's HTML error page): the status line says enough.
  }
  return `${response.status} ${response.statusText}`
}

/**
 * The admin session is a cookie (Medusa's default for its dashboard), hence `credentials`;
 * the response is trusted to follow the report's type, which the API builds from the same types.
 */
export async function fetchReport<R extends ReportId>(
  report: R,
  filter: ResolvedFilter,
  signal?: AbortSignal,
): Promise<ReportResults[R]> {
  const response = await fetch(reportUrl(report, filter), {
    credentials: "include",
    headers: { accept: "application/json" },
    signal,
  })
  if (!response.ok) throw new ReportRequestError(response.status, await errorMessage(response))
  return (await response.json()) as ReportResults[R]
}

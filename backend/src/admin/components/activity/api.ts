import type { ActivityPage, ActorActivitySummary } from "../../../modules/activity-log/types"
import { exportSearch, type JournalFilter, listSearch, summarySearch } from "./query"

// Defined by Medusa's admin bundler: the backend's URL when the admin is served from elsewhere,
// "" when both share an origin (the usual `/app`).
declare const __BACKEND_URL__: string | undefined

const backendUrl = () => (typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : "").replace(/\/+$/, "")

export class JournalRequestError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = "JournalRequestError"
  }
}

/** The admin session is a cookie, hence `credentials`. */
async function getJson<T>(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params.toString()
  const response = await fetch(`${backendUrl()}${path}${query ? `?${query}` : ""}`, {
    credentials: "include",
    headers: { accept: "application/json" },
    signal,
  })
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`
    try {
      const body: unknown = await response.json()
      if (body && typeof body === "object" && "message" in body && typeof body.message === "string") message = body.message
    } catch {
      // Not JSON: the status line says enough.
    }
    throw new JournalRequestError(response.status, message)
  }
  return (await response.json()) as T
}

export const fetchJournal = (filter: JournalFilter, signal?: AbortSignal) => getJson<ActivityPage>("/admin/activity", listSearch(filter), signal)

export const fetchSummary = (filter: JournalFilter, signal?: AbortSignal) =>
  getJson<{ actors: ActorActivitySummary[] }>("/admin/activity/summary", summarySearch(filter), signal)

/** A plain link: the browser downloads the file with the session cookie and the API's file name. */
export const exportUrl = (filter: JournalFilter) => {
  const query = exportSearch(filter).toString()
  return `${backendUrl()}/admin/activity/export${query ? `?${query}` : ""}`
}

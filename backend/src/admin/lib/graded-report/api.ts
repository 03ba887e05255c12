import type { ComparableItem, GradedReport, PromotionComparison } from "@comptoir/analytics"
import { ReportRequestError, reportSearch } from "../statistics/api"
import type { ResolvedFilter } from "../statistics/filter"
import type { ShareLinkDto } from "../../../api/admin/rapport/share-links"

// Calls of the graded report and comparison pages, with the admin's session cookie.

declare const __BACKEND_URL__: string | undefined

function backendUrl(): string {
  return (typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : "").replace(/\/+$/, "")
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${backendUrl()}${path}`, {
    credentials: "include",
    ...init,
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers },
  })
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`
    try {
      const body = (await response.json()) as { message?: unknown }
      if (typeof body.message === "string") message = body.message
    } catch {
      // Not JSON: the status line says enough.
    }
    throw new ReportRequestError(response.status, message)
  }
  return (await response.json()) as T
}

export function gradedReportUrl(filter: ResolvedFilter, format: "json" | "csv" = "json"): string {
  const params = reportSearch(filter, format === "csv" ? "csv" : undefined)
  return `${backendUrl()}/admin/rapport?${params.toString()}`
}

export function fetchGradedReport(filter: ResolvedFilter, signal?: AbortSignal): Promise<GradedReport> {
  return request<GradedReport>(`/admin/rapport?${reportSearch(filter).toString()}`, { signal })
}

/** A share link as GET /admin/rapport/liens lists it (never its token). */
export type ShareLink = ShareLinkDto

export const listShareLinks = () => request<{ links: ShareLink[] }>("/admin/rapport/liens")

export function createShareLink(filter: ResolvedFilter, validityDays: number, label: string) {
  return request<{ link: ShareLink; url: string }>("/admin/rapport/liens", {
    method: "POST",
    body: JSON.stringify({
      from: filter.range.from.toISOString(),
      to: filter.range.to.toISOString(),
      include_simulated: filter.includeSimulated,
      validity_days: validityDays,
      label: label.trim() || null,
    }),
  })
}

export const revokeShareLink = (id: string) => request<{ id: string }>(`/admin/rapport/liens/${encodeURIComponent(id)}`, { method: "DELETE" })

export const listComparableItems = () => request<{ items: ComparableItem[] }>("/admin/statistiques-comparaison/options")

function comparisonSearch(ids: readonly string[], includeSimulated: boolean, format?: "csv"): string {
  const params = new URLSearchParams({ ids: ids.join(","), include_simulated: String(includeSimulated) })
  if (format) params.set("format", format)
  return params.toString()
}

export const fetchComparison = (ids: readonly string[], includeSimulated: boolean, signal?: AbortSignal) =>
  request<PromotionComparison>(`/admin/statistiques-comparaison?${comparisonSearch(ids, includeSimulated)}`, { signal })

export const comparisonCsvUrl = (ids: readonly string[], includeSimulated: boolean) =>
  `${backendUrl()}/admin/statistiques-comparaison?${comparisonSearch(ids, includeSimulated, "csv")}`

import type { SiteAudit } from "@comptoir/analytics"

// Every call of the SEO widgets and of the "Audit SEO" page. The admin session is a cookie
// (Medusa's dashboard default), hence `credentials: "include"`.

declare const __BACKEND_URL__: string | undefined

function backendUrl(): string {
  const configured = typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : ""
  return configured.replace(/\/+$/, "")
}

// The contract is the SEO module's own (type-only: nothing of the server enters the admin bundle).
import type { SeoEntityType } from "../../../modules/seo/constants"
import type { SeoFieldsDto } from "../../../modules/seo/types"
export type { SeoEntityType, SeoFieldsDto }

export type SeoEditableFields = Partial<Omit<SeoFieldsDto, "id" | "entity_type" | "entity_id" | "updated_at">>

export type SeoItem = {
  title: string
  handle: string
  description: string | null
  images: { id: string; url: string }[]
  /** The storefront's <title> when no meta title is set ("Title · Shop name"). */
  page_title: string
  /** The page's public address on the storefront. */
  page_url: string
}

export type SeoAuditStatus = "queued" | "running" | "done" | "failed"

export type SeoAuditSummary = {
  id: string
  status: SeoAuditStatus
  started_at: string | null
  finished_at: string | null
  base_url: string
  page_count: number
  score: number | null
  error: string | null
  created_at: string
}

export type SeoAuditRecord = SeoAuditSummary & { result: SiteAudit | null }

/** An API answer other than 2xx, with the reason it gave (Medusa's `{ message }`). */
export class SeoRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = "SeoRequestError"
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json()
    if (body && typeof body === "object" && "message" in body && typeof body.message === "string") return body.message
  } catch {
    // Not JSON (a proxy's error page): the status line says enough.
  }
  return `${response.status} ${response.statusText}`
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${backendUrl()}${path}`, {
    ...init,
    credentials: "include",
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
  })
  if (!response.ok) throw new SeoRequestError(response.status, await errorMessage(response))
  return (await response.json()) as T
}

const seoPath = (type: SeoEntityType, id: string) => `/admin/seo/${type}/${encodeURIComponent(id)}`

export function fetchSeo(type: SeoEntityType, id: string, signal?: AbortSignal) {
  return request<{ seo: SeoFieldsDto | null; item: SeoItem }>(seoPath(type, id), { signal })
}

export function saveSeo(type: SeoEntityType, id: string, fields: SeoEditableFields) {
  return request<{ seo: SeoFieldsDto }>(seoPath(type, id), { method: "POST", body: JSON.stringify(fields) })
}

export function fetchSeoTitles(signal?: AbortSignal) {
  return request<{ items: { entity_type: SeoEntityType; entity_id: string; title: string }[] }>("/admin/seo/titles", { signal })
}

export function startSeoAudit() {
  return request<{ seo_audit: SeoAuditSummary }>("/admin/seo-audits", { method: "POST", body: "{}" })
}

export function fetchSeoAudits(signal?: AbortSignal) {
  return request<{ seo_audits: SeoAuditSummary[]; count: number }>("/admin/seo-audits?limit=50", { signal })
}

export function fetchSeoAudit(id: string, signal?: AbortSignal) {
  return request<{ seo_audit: SeoAuditRecord }>(`/admin/seo-audits/${encodeURIComponent(id)}`, { signal })
}

/** Where the browser downloads every item's SEO fields as a CSV (the admin session cookie authorises it). */
export function seoExportUrl(): string {
  return `${backendUrl()}/admin/seo/export`
}

export type SeoImportResult = { updated: number; unchanged: number; errors: { line: number; message: string }[] }

/**
 * Sends a CSV file as it is (the backend decodes UTF-8 or Windows-1252). A file with wrong lines
 * comes back as a 400 whose body lists every line: it is returned, not thrown, to be shown.
 */
export async function importSeoCsv(file: File): Promise<SeoImportResult> {
  const response = await fetch(`${backendUrl()}/admin/seo/import`, {
    method: "POST",
    credentials: "include",
    headers: { accept: "application/json", "content-type": "text/csv" },
    body: file,
  })
  const body = (await response.json().catch(() => null)) as (Partial<SeoImportResult> & { message?: string }) | null
  if (response.ok || (response.status === 400 && Array.isArray(body?.errors) && body.errors.length > 0)) {
    return { updated: body?.updated ?? 0, unchanged: body?.unchanged ?? 0, errors: body?.errors ?? [] }
  }
  throw new SeoRequestError(response.status, body?.message ?? `${response.status} ${response.statusText}`)
}

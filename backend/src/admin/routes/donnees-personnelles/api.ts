// Calls of the "Données personnelles" page. The admin session is a cookie, hence `credentials`.

declare const __BACKEND_URL__: string | undefined

const base = () => `${(typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : "").replace(/\/+$/, "")}/admin/donnees-personnelles`

export type RetentionFigures = {
  analytics_retention_months: number
  visitor_id_max_months: number
  consent_max_months: number
}

export type CustomerMatch = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  has_account: boolean
  order_count: number
}

export type ErasureResult = {
  orders_anonymised: number
  carts_anonymised: number
  journal_entries_scrubbed: number
  analytics_events_deleted: number
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${base()}${path}`, {
    credentials: "include",
    ...init,
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
  })
  const body = (await response.json().catch(() => ({}))) as { message?: string }
  if (!response.ok) throw new Error(body.message ?? `${response.status} ${response.statusText}`)
  return body as T
}

export const fetchRetention = () => call<RetentionFigures>("")

export const searchCustomers = (email: string) =>
  call<{ customers: CustomerMatch[] }>(`/clients?${new URLSearchParams({ email }).toString()}`)

/** A plain link is enough: the browser sends the session cookie and saves the attachment. */
export const exportUrl = (customerId: string) => `${base()}/clients/${encodeURIComponent(customerId)}/export`

export const eraseCustomer = (customerId: string, confirmation: string) =>
  call<ErasureResult>(`/clients/${encodeURIComponent(customerId)}/effacer`, {
    method: "POST",
    body: JSON.stringify({ confirmation }),
  })

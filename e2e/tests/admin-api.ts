import { backendUrl } from "../stack"

/** A bearer token of the development admin account (the one `npm start` prints). */
export async function adminToken(): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@comptoir.local", password: "comptoir" }),
  })
  if (!response.ok) throw new Error(`admin login refused: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** Calls the admin API as the development admin; throws with the body on a non-2xx answer. */
export async function adminApi<T>(token: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

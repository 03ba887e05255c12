import { REVALIDATE_SIGNATURE_HEADER, signRevalidationBody } from "./signature"

export type RevalidationRequest = {
  /** The storefront's base URL (STOREFRONT_URL); the webhook lives at `/api/revalidate` under it. */
  storefrontUrl: string
  secret: string
  tags: readonly string[]
  timeoutMs: number
}

export type RevalidationOutcome =
  | { ok: true; status: number }
  | { ok: false; status?: number; reason: string }

export function revalidationEndpoint(storefrontUrl: string): string {
  return `${storefrontUrl.replace(/\/+$/, "")}/api/revalidate`
}

/**
 * POSTs `{ "tags": [...] }`, signed, to the storefront's webhook. Never throws: a storefront that
 * is down, slow or refusing must not fail the admin action that changed the catalogue.
 */
export async function sendRevalidationRequest(
  { storefrontUrl, secret, tags, timeoutMs }: RevalidationRequest,
  fetchImpl: typeof fetch = fetch
): Promise<RevalidationOutcome> {
  const body = JSON.stringify({ tags })
  try {
    const response = await fetchImpl(revalidationEndpoint(storefrontUrl), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [REVALIDATE_SIGNATURE_HEADER]: signRevalidationBody(body, secret),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    // Drain the body so the connection can be reused; its content does not matter here.
    const answer = (await response.text()).slice(0, 200)
    return response.ok
      ? { ok: true, status: response.status }
      : { ok: false, status: response.status, reason: `HTTP ${response.status} ${answer}`.trim() }
  } catch (error) {
    const reason =
      error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")
        ? `no answer within ${timeoutMs} ms`
        : error instanceof Error
          ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`
          : String(error)
    return { ok: false, reason }
  }
}

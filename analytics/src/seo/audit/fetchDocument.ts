import type { AuditDocument } from './types'

export interface FetchOptions {
  fetch: typeof fetch
  timeoutMs: number
}

const USER_AGENT = 'ComptoirSeoAudit/1.0 (+https://github.com/comptoir)'

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value
  })
  return record
}

/**
 * Fetches one page, measuring the time to the response headers (TTFB) and the body size. Never
 * throws: a timeout (the whole exchange, body included, is bounded by `timeoutMs`) or a network
 * error comes back as status 0 so the audit reports it as a problem.
 */
export async function fetchDocument(url: string, { fetch: fetchImpl, timeoutMs }: FetchOptions): Promise<AuditDocument> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const started = performance.now()
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    })
    const ttfbMs = Math.round(performance.now() - started)
    const body = new Uint8Array(await response.arrayBuffer())
    const finalUrl = response.url && response.url !== url ? response.url : undefined
    return {
      url, status: response.status, html: new TextDecoder().decode(body), headers: headerRecord(response.headers),
      ttfbMs, bytes: body.byteLength, ...(finalUrl ? { finalUrl } : {}),
    }
  } catch {
    const timedOut = controller.signal.aborted
    return {
      url, status: 0, html: '', headers: {}, bytes: 0,
      ttfbMs: timedOut ? timeoutMs : Math.round(performance.now() - started),
      error: timedOut ? 'timeout' : 'network',
    }
  } finally {
    clearTimeout(timer)
  }
}

/** Status of a link target: HEAD first, GET when the server refuses HEAD; 0 when it does not answer. */
export async function fetchStatus(url: string, { fetch: fetchImpl, timeoutMs }: FetchOptions): Promise<number> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const init = { signal: controller.signal, redirect: 'follow' as const, headers: { 'user-agent': USER_AGENT } }
    let response = await fetchImpl(url, { ...init, method: 'HEAD' })
    if (response.status === 405 || response.status === 501) {
      response = await fetchImpl(url, { ...init, method: 'GET' })
      await response.body?.cancel()
    }
    return response.status
  } catch {
    return 0
  } finally {
    clearTimeout(timer)
  }
}

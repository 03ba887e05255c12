/**
 * A fetch that sends requests for the shop's public origin to the address the backend reaches
 * it at (docker-compose: `https://boutique.example/…` → `http://storefront:8000/…`). The audit
 * keeps reading and reporting the public URLs that the sitemap lists and Google sees.
 */
export function fetchThrough(publicUrl: string, internalUrl: string, base: typeof fetch = globalThis.fetch): typeof fetch {
  const publicOrigin = new URL(publicUrl).origin
  const internalOrigin = new URL(internalUrl).origin
  return (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url
    const target = new URL(url)
    if (target.origin !== publicOrigin) return base(input, init)
    const rewritten = `${internalOrigin}${target.pathname}${target.search}`
    // The shop may route on its public host name (virtual hosts, Next.js' own URL building).
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
    headers.set("x-forwarded-host", target.host)
    headers.set("x-forwarded-proto", target.protocol.replace(":", ""))
    return base(rewritten, { ...init, headers })
  }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

export interface FakePage {
  title: string
  /** Extra HTML inside <main>, e.g. links. */
  body?: string
  /** Answer after this many ms. */
  delayMs?: number
  status?: number
  /** Answer with a 301 to this path. */
  redirectTo?: string
  description?: string
}

export interface FakeShop {
  baseUrl: string
  /** Every request received, as "METHOD /path". */
  requests: string[]
  /** Most requests in flight at once. */
  maxInFlight: number
  close(): Promise<void>
}

/** A page as the storefront renders one: complete head, one h1, an image with alt text. */
export function renderPage(baseUrl: string, path: string, page: FakePage): string {
  const description = page.description ?? `${page.title} : une page de la boutique Comptoir, pour tester l'audit SEO de bout en bout.`
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title><meta name="description" content="${description}">
<link rel="canonical" href="${baseUrl}${path}"></head>
<body><h1>${page.title}</h1><main><img src="/img${path}.jpg" alt="Photo : ${page.title}">${page.body ?? ''}</main>
<footer><a href="/mentions-legales">Mentions légales</a></footer></body></html>`
}

/** A storefront on node:http serving `pages` plus robots.txt, sitemaps and any `extra` raw file. */
export async function startFakeShop(port: number, pages: Record<string, FakePage>, extra: Record<string, string>): Promise<FakeShop> {
  const baseUrl = `http://127.0.0.1:${port}`
  let inFlight = 0
  const shop: FakeShop = { baseUrl, requests: [], maxInFlight: 0, close: async () => {} }
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    shop.requests.push(`${request.method} ${path}`)
    inFlight += 1
    shop.maxInFlight = Math.max(shop.maxInFlight, inFlight)
    response.on('close', () => (inFlight -= 1))
    const raw = extra[path]
    if (raw !== undefined) {
      response.writeHead(200, { 'content-type': path.endsWith('.xml') ? 'application/xml' : 'text/plain' }).end(raw)
      return
    }
    const page = pages[path]
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Introuvable</h1>')
      return
    }
    const answer = () => {
      if (page.redirectTo) response.writeHead(301, { location: page.redirectTo }).end()
      else response.writeHead(page.status ?? 200, { 'content-type': 'text/html; charset=utf-8' }).end(renderPage(baseUrl, path, page))
    }
    if (!page.delayMs) return answer()
    const timer = setTimeout(answer, page.delayMs)
    response.on('close', () => clearTimeout(timer))
  }
  const server: Server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  shop.close = () => {
    server.closeAllConnections()
    return new Promise((resolve) => server.close(() => resolve()))
  }
  return shop
}

export function sitemapXml(baseUrl: string, paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
    .map((path) => `<url><loc>${baseUrl}${path}</loc></url>`).join('')}</urlset>`
}

export function sitemapIndexXml(baseUrl: string, paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
    .map((path) => `<sitemap><loc>${baseUrl}${path}</loc></sitemap>`).join('')}</sitemapindex>`
}

import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"
import { SEO_AUDIT_MODULE } from "../../src/modules/seo-audit"
import { STALE_AUDIT_ERROR, type default as SeoAuditModuleService } from "../../src/modules/seo-audit/service"

// A local HTTP server stands in for the storefront: a sitemap and pages with planted problems
// (missing description, duplicate title, image without alt). STOREFRONT_URL points the backend
// at it before Medusa reads its configuration.
const PORT = 9221
const ORIGIN = `http://127.0.0.1:${PORT}`

type Page = { title: string; description: string | null; body: string }

function html(path: string, page: Page): string {
  const description = page.description === null ? "" : `<meta name="description" content="${page.description}">`
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>${description}<link rel="canonical" href="${ORIGIN}${path}"></head>
<body><main><h1>${page.title}</h1>${page.body}<p><a href="/">Retour à l'accueil de la boutique</a></p></main></body></html>`
}

// 70 to 160 characters with the title appended: the length band of the description rule.
const DESCRIPTION = "Une page de la boutique de test, décrite en quelques mots :"
const good = (title: string, body = "<p>Un texte de présentation.</p>"): Page => ({ title, description: `${DESCRIPTION} ${title}.`, body })

const PLANTED: Record<string, Page> = {
  "/": good("Comptoir de test, la boutique des élèves de la classe"),
  "/produits/sans-description": { ...good("Théière sans description dans la boutique"), description: null },
  "/produits/doublon-a": good("Tasse en grès émaillé bleu, le modèle classique"),
  "/produits/doublon-b": good("Tasse en grès émaillé bleu, le modèle classique"),
  "/produits/image-sans-alt": good("Bol en céramique fait main pour le petit déjeuner", '<img src="/images/bol.jpg">'),
}

function generatedPages(count: number): Record<string, Page> {
  const pages: Record<string, Page> = {}
  for (let i = 1; i <= count; i++) pages[`/produits/article-${i}`] = good(`Article numéro ${i} de la boutique de démonstration`)
  return pages
}

let pages: Record<string, Page> = PLANTED
/** While set, the sitemap waits: the audit stays "running" for as long as the test needs. */
let holdSitemap: Promise<void> | null = null

const storefront = http.createServer((request, response) => {
  const path = (request.url ?? "/").split("?")[0] ?? "/"
  if (path === "/sitemap.xml") {
    void (holdSitemap ?? Promise.resolve()).then(() => {
      const urls = Object.keys(pages).map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join("")
      response.writeHead(200, { "content-type": "application/xml" })
      response.end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`)
    })
    return
  }
  if (path === "/robots.txt") {
    response.writeHead(200, { "content-type": "text/plain" }).end(`User-agent: *\nAllow: /\nSitemap: ${ORIGIN}/sitemap.xml\n`)
    return
  }
  const page = pages[path]
  if (request.method === "GET" && page) {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html(path, page))
    return
  }
  if (path.startsWith("/images/")) {
    response.writeHead(200, { "content-type": "image/jpeg" }).end()
    return
  }
  // The backend's revalidation webhook (STOREFRONT_URL also turns it on) and anything else.
  response.writeHead(path === "/api/revalidate" ? 200 : 404, { "content-type": "application/json" }).end("{}")
})
await new Promise<void>((resolve) => storefront.listen(PORT, "127.0.0.1", resolve))
process.env.STOREFRONT_URL = ORIGIN

type Audit = {
  id: string
  status: string
  score: number | null
  page_count: number
  started_at: string | null
  finished_at: string | null
  error: string | null
  result: { score: number; pages: { url: string }[]; problems: { ruleId: string; url: string; impact: number; message: string; fix: string }[] } | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

    async function admin() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: DEVELOPMENT_SECRETS.adminEmail,
        password: DEVELOPMENT_SECRETS.adminPassword,
      })
      return { headers: { authorization: `Bearer ${data.token as string}` }, validateStatus: () => true }
    }

    async function waitUntilFinished(id: string, headers: Awaited<ReturnType<typeof admin>>, timeoutMs = 60_000): Promise<Audit> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const { data } = await api.get(`/admin/seo-audits/${id}`, headers)
        const audit = data.seo_audit as Audit
        if (audit.status === "done" || audit.status === "failed" || Date.now() > deadline) return audit
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }

    describe("SEO audit", () => {
      beforeAll(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("refuses unauthenticated calls (401)", async () => {
        const anonymous = { validateStatus: () => true }
        expect((await api.post("/admin/seo-audits", {}, anonymous)).status).toBe(401)
        expect((await api.get("/admin/seo-audits", anonymous)).status).toBe(401)
        expect((await api.get("/admin/seo-audits/seoaud_01JDX3M5Q0ZK8V2N4R6T8W0Y2A", anonymous)).status).toBe(401)
      })

      it("answers 400 for a bad id or query, 404 for an unknown audit", async () => {
        const headers = await admin()
        const badId = await api.get("/admin/seo-audits/not-an-audit", headers)
        expect(badId.status).toBe(400)
        expect(badId.data.message).toMatch(/id/)
        expect((await api.get("/admin/seo-audits?limit=0", headers)).status).toBe(400)
        expect((await api.post("/admin/seo-audits", { url: "http://elsewhere" }, headers)).status).toBe(400)
        expect((await api.get("/admin/seo-audits/seoaud_01JDX3M5Q0ZK8V2N4R6T8W0Y2A", headers)).status).toBe(404)
      })

      it("runs in the background, one at a time, and finds the planted problems", async () => {
        const headers = await admin()
        let release = () => {}
        holdSitemap = new Promise<void>((resolve) => (release = resolve))

        const started = await api.post("/admin/seo-audits", {}, headers)
        expect(started.status).toBe(202)
        expect(started.data.seo_audit).toMatchObject({ status: "queued", base_url: ORIGIN })
        const id = started.data.seo_audit.id as string

        // The crawl waits on the sitemap: the audit is in progress, a second start is refused.
        const second = await api.post("/admin/seo-audits", {}, headers)
        expect(second.status).toBe(409)
        const during = await api.get(`/admin/seo-audits/${id}`, headers)
        expect(["queued", "running"]).toContain(during.data.seo_audit.status)

        release()
        holdSitemap = null
        const audit = await waitUntilFinished(id, headers)
        expect(audit.error).toBeNull()
        expect(audit.status).toBe("done")
        expect(audit.page_count).toBe(Object.keys(PLANTED).length)
        expect(audit.score).toBe(audit.result?.score)

        const problems = audit.result?.problems ?? []
        const found = (ruleId: string, path: string) => problems.some((p) => p.ruleId === ruleId && p.url === `${ORIGIN}${path}`)
        expect(found("description", "/produits/sans-description")).toBe(true)
        expect(found("title_unique", "/produits/doublon-a")).toBe(true)
        expect(found("title_unique", "/produits/doublon-b")).toBe(true)
        expect(found("image_alts", "/produits/image-sans-alt")).toBe(true)
        // The home page is clean: no false positive on what was planted elsewhere.
        expect(problems.filter((p) => p.url === `${ORIGIN}/`).map((p) => p.ruleId)).toEqual([])
        // Sorted by impact, every problem explained in French.
        for (let i = 1; i < problems.length; i++) expect(problems[i - 1]!.impact).toBeGreaterThanOrEqual(problems[i]!.impact)
        for (const problem of problems) expect(problem.fix.length).toBeGreaterThan(0)

        const history = await api.get("/admin/seo-audits", headers)
        expect(history.status).toBe(200)
        expect(history.data.count).toBe(1)
        expect(history.data.seo_audits[0]).toMatchObject({ id, status: "done", score: audit.score, page_count: audit.page_count })
        expect(history.data.seo_audits[0].result).toBeUndefined()

        // Statistiques > Référencement shows the latest score.
        const report = await api.get("/admin/statistiques/referencement", headers)
        expect(report.data.audit_score).toBe(audit.score)

        // Once finished, a new audit may start.
        const next = await api.post("/admin/seo-audits", {}, headers)
        expect(next.status).toBe(202)
        await waitUntilFinished(next.data.seo_audit.id as string, headers)
      })

      it("closes an audit left running by a restart instead of refusing every new one", async () => {
        const headers = await admin()
        const audits = getContainer().resolve<SeoAuditModuleService>(SEO_AUDIT_MODULE)
        const anHourAgo = new Date(Date.now() - 3_600_000)
        // created_at is a real column the ORM writes, though the model's input type leaves it out.
        const backdated = { status: "running" as const, base_url: ORIGIN, started_at: anHourAgo, created_at: anHourAgo }
        const abandoned = await audits.createSeoAudits(backdated)

        const started = await api.post("/admin/seo-audits", {}, headers)
        expect(started.status).toBe(202)
        const { data } = await api.get(`/admin/seo-audits/${abandoned.id}`, headers)
        expect(data.seo_audit).toMatchObject({ status: "failed", error: STALE_AUDIT_ERROR })
        expect((await waitUntilFinished(started.data.seo_audit.id as string, headers)).status).toBe("done")
      })

      it("audits 100 pages in under a minute", async () => {
        const headers = await admin()
        pages = generatedPages(100)
        try {
          const since = Date.now()
          const { data } = await api.post("/admin/seo-audits", {}, headers)
          const audit = await waitUntilFinished(data.seo_audit.id as string, headers)
          const wallMs = Date.now() - since
          const crawlMs = Date.parse(audit.finished_at ?? "") - Date.parse(audit.started_at ?? "")
          console.info(`[seo-audit] ${audit.page_count} pages: crawl ${crawlMs} ms, start to result ${wallMs} ms, score ${audit.score}`)
          expect(audit.status).toBe("done")
          expect(audit.page_count).toBe(100)
          expect(wallMs).toBeLessThan(60_000)
        } finally {
          pages = PLANTED
        }
      })
    })
  },
})

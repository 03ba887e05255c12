import { readFileSync, readdirSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"

// The boundary between the shop and its back office, for every custom admin route that exists
// when the test runs (found in src/api/admin, so a new route is covered without editing this
// file): no answer without an admin login, whether the caller sends nothing, the storefront's
// publishable key, or a logged-in customer's token. And custom routes refuse bad input with a
// 400 that says why.

const ADMIN_API = path.join(__dirname, "../../src/api/admin")
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

type AdminRoute = { method: (typeof HTTP_METHODS)[number]; url: string }

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

/** Every method every admin route file exports, with `[param]` segments filled with a plausible id. */
function customAdminRoutes(): AdminRoute[] {
  return routeFiles(ADMIN_API).flatMap((file) => {
    const source = readFileSync(file, "utf8")
    const url = `/admin/${path
      .relative(ADMIN_API, path.dirname(file))
      .split(path.sep)
      .map((segment) => (/^\[.+\]$/.test(segment) ? "01TESTID" : segment))
      .join("/")}`
    return HTTP_METHODS.filter((method) => new RegExp(`export (async function|const) ${method}\\b`).test(source)).map(
      (method) => ({ method, url })
    )
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const anyStatus = { validateStatus: () => true }

    async function call(route: AdminRoute, headers: Record<string, string>) {
      const config = { headers, ...anyStatus }
      return route.method === "GET" || route.method === "DELETE"
        ? await api.request({ method: route.method, url: route.url, ...config })
        : await api.request({ method: route.method, url: route.url, data: {}, ...config })
    }

    describe("admin and store boundary", () => {
      const routes = customAdminRoutes()

      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("finds the custom admin routes to check", () => {
        const urls = routes.map((route) => `${route.method} ${route.url}`)
        expect(urls).toEqual(
          expect.arrayContaining([
            "GET /admin/statistiques/01TESTID",
            "GET /admin/donnees-personnelles/clients",
            "GET /admin/donnees-personnelles/clients/01TESTID/export",
            "POST /admin/donnees-personnelles/clients/01TESTID/effacer",
          ])
        )
      })

      it("answers 401 to every custom admin route without an admin login", async () => {
        const { data: config } = await api.get("/comptoir/storefront-config")
        const publishable = { "x-publishable-api-key": config.publishable_key as string }
        const customer = { email: "eleve@example.fr", password: "mot-de-passe-solide" }
        const { data: registered } = await api.post("/auth/customer/emailpass/register", customer)
        await api.post("/store/customers", { email: customer.email }, {
          headers: { ...publishable, authorization: `Bearer ${registered.token as string}` },
        })
        const { data: login } = await api.post("/auth/customer/emailpass", customer)
        const callers: Record<string, Record<string, string>> = {
          anonymous: {},
          "publishable key": publishable,
          "publishable key as a secret": { authorization: `Basic ${Buffer.from(`${config.publishable_key}:`).toString("base64")}` },
          "logged-in customer": { ...publishable, authorization: `Bearer ${login.token as string}` },
        }
        const answers: string[] = []
        for (const route of routes) {
          for (const [caller, headers] of Object.entries(callers)) {
            const { status } = await call(route, headers)
            answers.push(`${route.method} ${route.url} as ${caller}: ${status}`)
          }
        }
        expect(answers.filter((answer) => !answer.endsWith(": 401"))).toEqual([])
      })

      it("answers 400 with the reason to bad input on custom routes", async () => {
        const { data } = await api.post("/auth/user/emailpass", {
          email: DEVELOPMENT_SECRETS.adminEmail,
          password: DEVELOPMENT_SECRETS.adminPassword,
        })
        const admin = { headers: { authorization: `Bearer ${data.token as string}` }, ...anyStatus }
        const cases: [string, () => Promise<{ status: number; data: any }>, RegExp][] = [
          ["statistics period", () => api.get("/admin/statistiques/overview?from=hier", admin), /from/],
          ["statistics unknown parameter", () => api.get("/admin/statistiques/overview?drop=1", admin), /drop|unrecognized/i],
          ["customer search", () => api.get("/admin/donnees-personnelles/clients?email=a", admin), /email/],
          ["customer id", () => api.get("/admin/donnees-personnelles/clients/1/export", admin), /customer id/],
          ["erasure confirmation", () => api.post("/admin/donnees-personnelles/clients/cus_01X/effacer", {}, admin), /confirmation/],
          ["capture body", () => api.post("/ingest/e/", "not json", { headers: { "content-type": "text/plain" }, ...anyStatus }), /./],
        ]
        for (const [name, request, reason] of cases) {
          const response = await request()
          expect({ name, status: response.status }).toEqual({ name, status: 400 })
          expect(String(response.data.message ?? response.data.detail ?? "")).toMatch(reason)
        }
      })
    })
  },
})

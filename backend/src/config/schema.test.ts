import { describe, expect, it } from "vitest"
import { medusaOptions } from "./medusa"
import { ConfigError, DEVELOPMENT_SECRETS, embeddedDatabaseUrl, loadConfig, parseConfig } from "./schema"

const strong = (seed: string) => seed.repeat(40).slice(0, 40)
const productionEnv = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://comptoir:pw@db:5432/comptoir",
  JWT_SECRET: strong("jwt-"),
  COOKIE_SECRET: strong("cookie-"),
  REVALIDATE_SECRET: strong("revalidate-"),
  STOREFRONT_URL: "https://boutique.lycee.fr",
  BACKEND_URL: "https://admin.lycee.fr",
}

function problemsOf(env: Record<string, string | undefined>): string[] {
  const result = parseConfig(env)
  return result.ok ? [] : result.problems
}

describe("development defaults", () => {
  it("start with no environment at all, on the embedded database", () => {
    const config = loadConfig({})
    expect(config.env).toBe("development")
    expect(config.databaseUrl).toBe(embeddedDatabaseUrl())
    expect(config.port).toBe(9000)
    expect(config.cors.store).toEqual(["http://localhost:8000"])
    expect(config.cors.auth).toEqual(["http://localhost:8000", "http://localhost:9000"])
    expect(config.admin).toEqual({ email: DEVELOPMENT_SECRETS.adminEmail, password: DEVELOPMENT_SECRETS.adminPassword })
    expect(config.secureCookies).toBe(false)
    expect(config.redisUrl).toBeUndefined()
  })

  it("treat empty variables as unset, as a blank line of .env means", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "", REDIS_URL: " " }).databaseUrl).toBe(embeddedDatabaseUrl())
  })
})

describe("production", () => {
  it("starts with real secrets, explicit origins and HTTPS cookies", () => {
    const config = loadConfig(productionEnv)
    expect(config.cors.store).toEqual(["https://boutique.lycee.fr"])
    expect(config.secureCookies).toBe(true)
    expect(config.admin.password).toBeUndefined()
  })

  it("refuses missing secrets and a missing database, naming every variable at once", () => {
    const problems = problemsOf({ NODE_ENV: "production" })
    expect(problems).toHaveLength(4)
    for (const variable of ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET", "DATABASE_URL"]) {
      expect(problems.some((problem) => problem.startsWith(variable))).toBe(true)
    }
  })

  it("refuses the development secrets and well-known ones such as 'supersecret'", () => {
    const problems = problemsOf({
      ...productionEnv,
      JWT_SECRET: DEVELOPMENT_SECRETS.jwtSecret,
      COOKIE_SECRET: "supersecret",
      REVALIDATE_SECRET: DEVELOPMENT_SECRETS.revalidateSecret,
    })
    expect(problems).toEqual([
      expect.stringContaining("JWT_SECRET uses a development or well-known default"),
      expect.stringContaining("COOKIE_SECRET uses a development or well-known default"),
      expect.stringContaining("REVALIDATE_SECRET uses a development or well-known default"),
    ])
  })

  it("refuses short secrets and one secret used twice", () => {
    expect(problemsOf({ ...productionEnv, JWT_SECRET: "short" })).toEqual([expect.stringContaining("JWT_SECRET is too short")])
    expect(problemsOf({ ...productionEnv, COOKIE_SECRET: productionEnv.JWT_SECRET })).toEqual([
      "JWT_SECRET and COOKIE_SECRET must be two different secrets",
    ])
  })

  it("refuses a wildcard in any CORS list", () => {
    const problems = problemsOf({ ...productionEnv, STORE_CORS: "*", AUTH_CORS: "https://a.fr,https://*.lycee.fr" })
    expect(problems).toEqual([
      expect.stringContaining("STORE_CORS contains a wildcard"),
      expect.stringContaining("AUTH_CORS contains a wildcard"),
    ])
  })

  it("refuses the development admin password", () => {
    expect(problemsOf({ ...productionEnv, ADMIN_PASSWORD: DEVELOPMENT_SECRETS.adminPassword })).toEqual([
      expect.stringContaining("ADMIN_PASSWORD uses the development password"),
    ])
  })

  it("throws one ConfigError whose message lists every problem", () => {
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "x" })).toThrowError(ConfigError)
    try {
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "x" })
    } catch (error) {
      const message = (error as ConfigError).message
      expect(message).toContain("4 problem(s)")
      expect(message).toContain("  - JWT_SECRET is too short")
      expect(message).toContain("  - DATABASE_URL is not set")
    }
  })
})

describe("malformed values", () => {
  it("are all reported together, in plain English", () => {
    const problems = problemsOf({
      PORT: "quatre-vingt",
      DATABASE_URL: "mysql://localhost/shop",
      REDIS_URL: "localhost:6379",
      MEDUSA_WORKER_MODE: "both",
      ADMIN_EMAIL: "pas-un-email",
      DISABLE_ADMIN: "oui",
    })
    expect(problems).toHaveLength(6)
    expect(problems.join("\n")).toMatch(/PORT must be a port number/)
    expect(problems.join("\n")).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\//)
    expect(problems.join("\n")).toMatch(/REDIS_URL must be a URL starting with redis:\/\//)
    expect(problems.join("\n")).toMatch(/MEDUSA_WORKER_MODE must be shared, server or worker/)
    expect(problems.join("\n")).toMatch(/ADMIN_EMAIL must be an e-mail address/)
    expect(problems.join("\n")).toMatch(/DISABLE_ADMIN must be true or false/)
  })

  it("asks for both PostHog settings or neither", () => {
    expect(problemsOf({ POSTHOG_API_KEY: "phc_abc" })).toEqual([expect.stringContaining("POSTHOG_HOST is not")])
    expect(loadConfig({ POSTHOG_API_KEY: "phc_abc", POSTHOG_HOST: "https://eu.posthog.com" }).posthog).toEqual({
      apiKey: "phc_abc",
      host: "https://eu.posthog.com",
    })
  })
})

describe("Medusa options", () => {
  it("serve uploads under BACKEND_URL and open the admin in French", () => {
    const options = medusaOptions(loadConfig({ BACKEND_URL: "https://admin.lycee.fr/" }))
    expect(options.modules).toContainEqual(
      expect.objectContaining({
        resolve: "@medusajs/medusa/file",
        options: {
          providers: [
            expect.objectContaining({ options: { upload_dir: "static", backend_url: "https://admin.lycee.fr/static" } }),
          ],
        },
      })
    )
    const vite = options.admin?.vite as unknown as () => { plugins: Array<{ name: string }> }
    expect(vite().plugins.map((plugin) => plugin.name)).toEqual(["comptoir-admin-french-by-default"])
  })

  const resolvedModules = (options: ReturnType<typeof medusaOptions>) =>
    (options.modules ?? []).map((module) => ("resolve" in module ? module.resolve : undefined))

  it("use Medusa's in-memory infrastructure without REDIS_URL: only local files and Comptoir's modules are added", () => {
    const options = medusaOptions(loadConfig({}))
    expect(resolvedModules(options)).toEqual([
      "@medusajs/medusa/file",
      "./src/modules/event-store",
      "./src/modules/storefront-revalidation",
      "./src/modules/seo-audit",
      "./src/modules/seo",
      "./src/modules/activity-log",
      "./src/modules/report-share",
    ])
    expect(options.projectConfig?.redisUrl).toBeUndefined()
    expect(options.projectConfig?.http?.jwtSecret).toBe(DEVELOPMENT_SECRETS.jwtSecret)
  })

  it("switch events, workflows, locking and cache to Redis with REDIS_URL", () => {
    const options = medusaOptions(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }))
    expect(resolvedModules(options)).toEqual([
      "@medusajs/medusa/file",
      "./src/modules/event-store",
      "./src/modules/storefront-revalidation",
      "./src/modules/seo-audit",
      "./src/modules/seo",
      "./src/modules/activity-log",
      "./src/modules/report-share",
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/cache-redis",
    ])
    expect(options.projectConfig?.redisUrl).toBe("redis://127.0.0.1:6379")
  })

  it("point storefront revalidation at STOREFRONT_URL with REVALIDATE_SECRET", () => {
    const options = medusaOptions(loadConfig({ STOREFRONT_URL: "http://127.0.0.1:8100", REVALIDATE_SECRET: "r".repeat(40) }))
    expect(options.modules).toContainEqual({
      resolve: "./src/modules/storefront-revalidation",
      options: { storefrontUrl: "http://127.0.0.1:8100", secret: "r".repeat(40) },
    })
  })

  it("pass ANALYTICS_RATE_LIMIT_PER_MINUTE to the event store", () => {
    const options = medusaOptions(loadConfig({ ANALYTICS_RATE_LIMIT_PER_MINUTE: "42" }))
    expect(options.modules).toContainEqual({ resolve: "./src/modules/event-store", options: { rateLimitPerMinute: 42, retentionMonths: 25 } })
  })

  it("keep raw analytics events 25 months by default, less when asked, never more", () => {
    expect(loadConfig({}).analytics.retentionMonths).toBe(25)
    expect(loadConfig({ ANALYTICS_RETENTION_MONTHS: "13" }).analytics.retentionMonths).toBe(13)
    expect(() => loadConfig({ ANALYTICS_RETENTION_MONTHS: "36" })).toThrow(/ANALYTICS_RETENTION_MONTHS cannot exceed 25/)
    expect(() => loadConfig({ ANALYTICS_RETENTION_MONTHS: "0" })).toThrow(/at least 1/)
    expect(() => loadConfig({ ANALYTICS_RETENTION_MONTHS: "deux ans" })).toThrow(/number of months/)
  })

  it("forward server-side events to PostHog through Medusa's Analytics module only when PostHog is configured", () => {
    expect(resolvedModules(medusaOptions(loadConfig({})))).not.toContain("@medusajs/medusa/analytics")
    const options = medusaOptions(loadConfig({ POSTHOG_HOST: "https://eu.i.posthog.com", POSTHOG_API_KEY: "phc_abc" }))
    const analytics = (options.modules ?? []).find((module) => "resolve" in module && module.resolve === "@medusajs/medusa/analytics")
    expect(analytics).toEqual({
      resolve: "@medusajs/medusa/analytics",
      options: {
        providers: [
          {
            resolve: "@medusajs/analytics-posthog",
            id: "posthog",
            options: { posthogEventsKey: "phc_abc", posthogHost: "https://eu.i.posthog.com" },
          },
        ],
      },
    })
  })

  it("run a worker without the admin dashboard", () => {
    const options = medusaOptions(loadConfig({ MEDUSA_WORKER_MODE: "worker" }))
    expect(options.projectConfig?.workerMode).toBe("worker")
    expect(options.admin?.disable).toBe(true)
  })
})

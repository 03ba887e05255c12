import type { InputConfigWithArrayModules } from "@medusajs/framework/types"
import { analyticsReportsForAdmin, seoAdviceForAdmin } from "./admin-analytics"
import { frenchAdminByDefault } from "./admin-language"
import type { ComptoirConfig } from "./schema"

type ModuleList = NonNullable<InputConfigWithArrayModules["modules"]>

/**
 * Medusa's infrastructure modules for the scale-out profile: with REDIS_URL, events,
 * workflows, locks and cache go through Redis so a server and a worker can share them.
 * Without it, Medusa's in-memory defaults serve one process on one machine.
 */
export function redisModules(redisUrl: string): ModuleList {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
  ]
}

/** Comptoir's event store (capture tables and the ingest's rate limit). */
export function eventStoreModule(config: ComptoirConfig): ModuleList[number] {
  return {
    resolve: "./src/modules/event-store",
    options: {
      rateLimitPerMinute: config.analytics.rateLimitPerMinute,
      redisUrl: config.redisUrl,
      retentionMonths: config.analytics.retentionMonths,
    },
  }
}

/**
 * Refreshes the storefront's cached pages when the catalogue changes (subscribers in
 * `src/subscribers/storefront-revalidation.ts`); idle without a storefront URL.
 */
export function storefrontRevalidationModule(config: ComptoirConfig): ModuleList[number] {
  return {
    resolve: "./src/modules/storefront-revalidation",
    options: { storefrontUrl: config.revalidationStorefrontUrl, secret: config.secrets.revalidate },
  }
}

/**
 * The SEO audit's history and results (admin "Audit SEO" page). It audits the shop's public
 * pages (STOREFRONT_URL) but sends its requests where the backend reaches the shop
 * (STOREFRONT_INTERNAL_URL when set).
 */
export function seoAuditModule(config: ComptoirConfig): ModuleList[number] {
  return {
    resolve: "./src/modules/seo-audit",
    options: { storefrontUrl: config.storefrontUrl, internalUrl: config.revalidationStorefrontUrl },
  }
}

/**
 * With a PostHog host and key, Medusa's own Analytics module forwards the server-side order
 * events to PostHog through its PostHog provider (which uses posthog-node), beside the copy
 * kept in the event store. Without them, nothing leaves the school's server.
 */
export function posthogForwardingModules(posthog: ComptoirConfig["posthog"]): ModuleList {
  if (!posthog) return []
  return [
    {
      resolve: "@medusajs/medusa/analytics",
      options: {
        providers: [
          {
            resolve: "@medusajs/analytics-posthog",
            id: "posthog",
            options: { posthogEventsKey: posthog.apiKey, posthogHost: posthog.host },
          },
        ],
      },
    },
  ]
}

/**
 * Uploads stay on the school's server (Medusa's local file provider, `static/` beside the
 * running app); their URLs follow BACKEND_URL instead of the provider's `localhost:9000`.
 */
export function fileModule(config: ComptoirConfig): ModuleList[number] {
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          options: { upload_dir: "static", backend_url: `${config.backendUrl.replace(/\/$/, "")}/static` },
        },
      ],
    },
  }
}

/** The object handed to Medusa's `defineConfig`. */
export function medusaOptions(config: ComptoirConfig): InputConfigWithArrayModules {
  return {
    projectConfig: {
      databaseUrl: config.databaseUrl,
      // The embedded and docker-compose databases are local: no TLS to negotiate.
      databaseDriverOptions: { connection: { ssl: false } },
      redisUrl: config.redisUrl,
      workerMode: config.workerMode,
      http: {
        storeCors: config.cors.store.join(","),
        adminCors: config.cors.admin.join(","),
        authCors: config.cors.auth.join(","),
        jwtSecret: config.secrets.jwt,
        cookieSecret: config.secrets.cookie,
      },
      cookieOptions: { secure: config.secureCookies, sameSite: "lax" },
    },
    admin: {
      disable: config.adminDisabled,
      path: "/app",
      vite: () => ({ plugins: [frenchAdminByDefault()], resolve: { alias: [analyticsReportsForAdmin(), seoAdviceForAdmin()] } }),
    },
    modules: [
      fileModule(config),
      eventStoreModule(config),
      storefrontRevalidationModule(config),
      seoAuditModule(config),
      // Modules without options: the SEO fields, the admin's activity journal (written by
      // src/api/admin-activity), the read-only links to the graded report for a jury.
      ...["./src/modules/seo", "./src/modules/activity-log", "./src/modules/report-share"].map((resolve) => ({ resolve })),
      ...posthogForwardingModules(config.posthog),
      ...(config.redisUrl ? redisModules(config.redisUrl) : []),
    ],
  }
}

import type { InputConfigWithArrayModules } from "@medusajs/framework/types"
import type { ComptoirConfig } from "./schema"

/**
 * Medusa's infrastructure modules for the scale-out profile: with REDIS_URL, events,
 * workflows, locks and cache go through Redis so a server and a worker can share them.
 * Without it, Medusa's in-memory defaults serve one process on one machine.
 */
export function redisModules(redisUrl: string): NonNullable<InputConfigWithArrayModules["modules"]> {
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
    },
    modules: config.redisUrl ? redisModules(config.redisUrl) : [],
  }
}

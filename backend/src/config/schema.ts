import { z } from "zod"

/**
 * Every setting Comptoir's backend reads, validated in one place.
 * Defaults are for a teacher's laptop (`npm start` with no `.env`); production
 * (`NODE_ENV=production`) refuses the development secrets and wildcard CORS.
 */

/** Development-only values that production must never accept. */
export const DEVELOPMENT_SECRETS = {
  jwtSecret: "comptoir-dev-jwt-secret-not-for-production",
  cookieSecret: "comptoir-dev-cookie-secret-not-for-production",
  revalidateSecret: "dev-revalidate-secret-change-me",
  adminEmail: "admin@comptoir.local",
  adminPassword: "comptoir",
} as const

/** Secrets commonly copied from tutorials: as bad as no secret at all. */
const WELL_KNOWN_SECRETS = new Set(["supersecret", "secret", "changeme", "change-me", "medusa"])

const MIN_SECRET_LENGTH = 32

/**
 * The CNIL's audience-measurement exemption: raw events are kept at most 25 months (a visitor
 * id may live 13 months, and a report compares it with the same period a year before).
 */
export const MAX_ANALYTICS_RETENTION_MONTHS = 25

/** The embedded Postgres started by `npm start` when DATABASE_URL is not set. */
export const EMBEDDED_DATABASE = {
  host: "127.0.0.1",
  port: 54329,
  user: "comptoir",
  password: "comptoir",
  database: "comptoir",
} as const

export function embeddedDatabaseUrl(port: number = EMBEDDED_DATABASE.port): string {
  const { host, user, password, database } = EMBEDDED_DATABASE
  return `postgres://${user}:${password}@${host}:${port}/${database}`
}

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional())

const port = (name: string, fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${name} must be a port number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be between 1 and 65535`)
      .max(65535, `${name} must be between 1 and 65535`)
      .default(fallback)
  )

const urlWithProtocols = (name: string, protocols: string[]) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .refine((value) => {
        try {
          return protocols.includes(new URL(value).protocol)
        } catch {
          return false
        }
      }, `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`)
      .optional()
  )

const booleanFlag = (name: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false", "1", "0"], { error: `${name} must be true or false` })
      .transform((value) => value === "true" || value === "1")
      .optional()
  )

const corsList = (name: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .optional()
      .transform((value) => value?.split(",").map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(2048, `${name} has an origin longer than 2048 characters`)).optional())
  )

/** The raw environment, as strings, before defaults that depend on other fields. */
export const environmentSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z.enum(["development", "production", "test"], {
      error: "NODE_ENV must be development, production or test",
    }).default("development")
  ),
  PORT: port("PORT", 9000),
  DATABASE_URL: urlWithProtocols("DATABASE_URL", ["postgres:", "postgresql:"]),
  REDIS_URL: urlWithProtocols("REDIS_URL", ["redis:", "rediss:"]),
  JWT_SECRET: optionalString,
  COOKIE_SECRET: optionalString,
  REVALIDATE_SECRET: optionalString,
  STORE_CORS: corsList("STORE_CORS"),
  ADMIN_CORS: corsList("ADMIN_CORS"),
  AUTH_CORS: corsList("AUTH_CORS"),
  STOREFRONT_URL: urlWithProtocols("STOREFRONT_URL", ["http:", "https:"]),
  STOREFRONT_INTERNAL_URL: urlWithProtocols("STOREFRONT_INTERNAL_URL", ["http:", "https:"]),
  BACKEND_URL: urlWithProtocols("BACKEND_URL", ["http:", "https:"]),
  MEDUSA_WORKER_MODE: z.preprocess(
    emptyToUndefined,
    z.enum(["shared", "server", "worker"], {
      error: "MEDUSA_WORKER_MODE must be shared, server or worker",
    }).default("shared")
  ),
  DISABLE_ADMIN: booleanFlag("DISABLE_ADMIN"),
  ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email("ADMIN_EMAIL must be an e-mail address").optional()),
  ADMIN_PASSWORD: optionalString,
  DEMO_SHOP: booleanFlag("DEMO_SHOP"),
  POSTHOG_HOST: urlWithProtocols("POSTHOG_HOST", ["http:", "https:"]),
  POSTHOG_API_KEY: optionalString,
  ANALYTICS_RATE_LIMIT_PER_MINUTE: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "ANALYTICS_RATE_LIMIT_PER_MINUTE must be a number" })
      .int("ANALYTICS_RATE_LIMIT_PER_MINUTE must be a whole number")
      .min(1, "ANALYTICS_RATE_LIMIT_PER_MINUTE must be at least 1")
      .default(600)
  ),
  ANALYTICS_RETENTION_MONTHS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "ANALYTICS_RETENTION_MONTHS must be a number of months" })
      .int("ANALYTICS_RETENTION_MONTHS must be a whole number of months")
      .min(1, "ANALYTICS_RETENTION_MONTHS must be at least 1")
      .max(MAX_ANALYTICS_RETENTION_MONTHS, `ANALYTICS_RETENTION_MONTHS cannot exceed ${MAX_ANALYTICS_RETENTION_MONTHS} (the CNIL's limit for audience-measurement data)`)
      .default(MAX_ANALYTICS_RETENTION_MONTHS)
  ),
})

export type Environment = z.infer<typeof environmentSchema>

export type ComptoirConfig = {
  env: "development" | "production" | "test"
  port: number
  databaseUrl: string
  redisUrl?: string
  secrets: { jwt: string; cookie: string; revalidate: string }
  cors: { store: string[]; admin: string[]; auth: string[] }
  storefrontUrl: string
  /**
   * Where the backend asks the storefront to refresh its cache after a catalogue change;
   * unset (no revalidation) unless STOREFRONT_URL is given or in development.
   */
  revalidationStorefrontUrl?: string
  backendUrl: string
  /** Session cookies only travel over HTTPS when the backend is served over HTTPS. */
  secureCookies: boolean
  workerMode: "shared" | "server" | "worker"
  adminDisabled: boolean
  admin: { email: string; password?: string }
  /** The first start installs the demo shop (default) or, when false, the 4-product starter shop. */
  demoShop: boolean
  posthog?: { host: string; apiKey: string }
  analytics: {
    rateLimitPerMinute: number
    /** Raw events older than this are deleted by the daily purge job (ANALYTICS_RETENTION_MONTHS). */
    retentionMonths: number
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Comptoir cannot start: its configuration has ${problems.length} problem(s):\n` +
        problems.map((problem) => `  - ${problem}`).join("\n")
    )
    this.name = "ConfigError"
  }
}

function secretProblems(name: string, value: string | undefined, devDefault: string): string[] {
  if (!value) {
    return [`${name} is not set: production needs a random secret of at least ${MIN_SECRET_LENGTH} characters (generate one with \`openssl rand -hex 32\`)`]
  }
  if (value === devDefault || WELL_KNOWN_SECRETS.has(value.toLowerCase())) {
    return [`${name} uses a development or well-known default: set ${name} to a random secret (\`openssl rand -hex 32\`)`]
  }
  if (value.length < MIN_SECRET_LENGTH) {
    return [`${name} is too short (${value.length} characters): use at least ${MIN_SECRET_LENGTH} random characters`]
  }
  return []
}

/** Turns the environment into Comptoir's configuration, or lists every problem at once. */
export function parseConfig(
  rawEnv: Record<string, string | undefined>
): { ok: true; config: ComptoirConfig } | { ok: false; problems: string[] } {
  const parsed = environmentSchema.safeParse(rawEnv)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        issue.message.includes(String(issue.path[0])) ? issue.message : `${String(issue.path[0])}: ${issue.message}`
      ),
    }
  }
  const env = parsed.data
  const production = env.NODE_ENV === "production"
  const problems: string[] = []

  const storefrontUrl = env.STOREFRONT_URL ?? "http://localhost:8000"
  const backendUrl = env.BACKEND_URL ?? `http://localhost:${env.PORT}`
  const origin = (url: string) => new URL(url).origin
  const cors = {
    store: env.STORE_CORS ?? [origin(storefrontUrl)],
    admin: env.ADMIN_CORS ?? [origin(backendUrl)],
    auth: env.AUTH_CORS ?? [origin(storefrontUrl), origin(backendUrl)],
  }

  if (production) {
    problems.push(...secretProblems("JWT_SECRET", env.JWT_SECRET, DEVELOPMENT_SECRETS.jwtSecret))
    problems.push(...secretProblems("COOKIE_SECRET", env.COOKIE_SECRET, DEVELOPMENT_SECRETS.cookieSecret))
    problems.push(...secretProblems("REVALIDATE_SECRET", env.REVALIDATE_SECRET, DEVELOPMENT_SECRETS.revalidateSecret))
    if (env.JWT_SECRET && env.JWT_SECRET === env.COOKIE_SECRET) {
      problems.push("JWT_SECRET and COOKIE_SECRET must be two different secrets")
    }
    for (const [name, origins] of [
      ["STORE_CORS", cors.store],
      ["ADMIN_CORS", cors.admin],
      ["AUTH_CORS", cors.auth],
    ] as const) {
      if (origins.some((o) => o === "*" || o.includes("*"))) {
        problems.push(`${name} contains a wildcard (*): list the exact origins allowed, e.g. ${origin(storefrontUrl)}`)
      }
    }
    if (!env.DATABASE_URL) {
      problems.push("DATABASE_URL is not set: production needs an explicit Postgres connection string")
    }
    if (env.ADMIN_PASSWORD && env.ADMIN_PASSWORD === DEVELOPMENT_SECRETS.adminPassword) {
      problems.push("ADMIN_PASSWORD uses the development password: choose another one (at least 12 characters)")
    } else if (env.ADMIN_PASSWORD && env.ADMIN_PASSWORD.length < 12) {
      problems.push("ADMIN_PASSWORD is too short: use at least 12 characters")
    }
  }
  if (env.POSTHOG_API_KEY && !env.POSTHOG_HOST) {
    problems.push("POSTHOG_API_KEY is set but POSTHOG_HOST is not: set both to forward events to PostHog, or neither")
  }
  if (env.POSTHOG_HOST && !env.POSTHOG_API_KEY) {
    problems.push("POSTHOG_HOST is set but POSTHOG_API_KEY is not: set both to forward events to PostHog, or neither")
  }
  if (problems.length > 0) {
    return { ok: false, problems }
  }

  return {
    ok: true,
    config: {
      env: env.NODE_ENV,
      port: env.PORT,
      databaseUrl: env.DATABASE_URL ?? embeddedDatabaseUrl(),
      redisUrl: env.REDIS_URL,
      secrets: {
        jwt: env.JWT_SECRET ?? DEVELOPMENT_SECRETS.jwtSecret,
        cookie: env.COOKIE_SECRET ?? DEVELOPMENT_SECRETS.cookieSecret,
        revalidate: env.REVALIDATE_SECRET ?? DEVELOPMENT_SECRETS.revalidateSecret,
      },
      cors,
      storefrontUrl,
      // Tests and production without STOREFRONT_URL must not post to a shop nobody named.
      // STOREFRONT_INTERNAL_URL: where the backend reaches the shop when the public address does not
      // lead there from inside (docker-compose: http://storefront:8000).
      revalidationStorefrontUrl:
        env.STOREFRONT_INTERNAL_URL ?? env.STOREFRONT_URL ?? (env.NODE_ENV === "development" ? storefrontUrl : undefined),
      backendUrl,
      secureCookies: new URL(backendUrl).protocol === "https:",
      workerMode: env.MEDUSA_WORKER_MODE,
      adminDisabled: env.DISABLE_ADMIN ?? env.MEDUSA_WORKER_MODE === "worker",
      admin: {
        email: env.ADMIN_EMAIL ?? DEVELOPMENT_SECRETS.adminEmail,
        password: env.ADMIN_PASSWORD ?? (production ? undefined : DEVELOPMENT_SECRETS.adminPassword),
      },
      demoShop: env.DEMO_SHOP ?? true,
      posthog:
        env.POSTHOG_HOST && env.POSTHOG_API_KEY
          ? { host: env.POSTHOG_HOST, apiKey: env.POSTHOG_API_KEY }
          : undefined,
      analytics: {
        rateLimitPerMinute: env.ANALYTICS_RATE_LIMIT_PER_MINUTE,
        retentionMonths: env.ANALYTICS_RETENTION_MONTHS,
      },
    },
  }
}

/** Like parseConfig, but throws one ConfigError that lists every problem. */
export function loadConfig(rawEnv: Record<string, string | undefined> = process.env): ComptoirConfig {
  const result = parseConfig(rawEnv)
  if (!result.ok) {
    throw new ConfigError(result.problems)
  }
  return result.config
}

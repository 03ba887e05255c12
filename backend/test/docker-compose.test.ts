/**
 * Self-hosting files: docker-compose.yml, the two Dockerfiles, the backend's entrypoint,
 * .env.example and .dockerignore. No Docker engine is needed: the compose file is parsed
 * and interpolated here the way `docker compose` does it, the backend's own configuration
 * parser judges the resulting environment, and the entrypoint runs with a fake `npx`.
 */
import { spawnSync } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { environmentSchema, parseConfig } from "../src/config/schema"

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

/** The repository root: the nearest folder up from the working directory with both files. */
function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start)
  for (;;) {
    const pkgPath = path.join(dir, "package.json")
    if (existsSync(path.join(dir, "docker-compose.yml")) && existsSync(pkgPath)) {
      const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { workspaces?: unknown }
      if (Array.isArray(pkg.workspaces)) return dir
    }
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`no repository root (docker-compose.yml + workspaces) above ${start}`)
    dir = parent
  }
}

const ROOT = findRepoRoot()
const read = (relative: string) => readFileSync(path.join(ROOT, relative), "utf8")

const COMPOSE_TEXT = read("docker-compose.yml")
const ENV_EXAMPLE_TEXT = read(".env.example")
const ROOT_PACKAGE = JSON.parse(read("package.json")) as { workspaces: string[]; packageManager?: string }

const SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "POSTGRES_PASSWORD", "REVALIDATE_SECRET", "ADMIN_PASSWORD"] as const
const SERVICES = ["postgres", "redis", "backend", "worker", "storefront"] as const
/** What the backend reads (see the self-hosting brief); cross-checked with the config schema below. */
const BACKEND_VARIABLES = [
  "NODE_ENV",
  "PORT",
  "DATABASE_URL",
  "REDIS_URL",
  "JWT_SECRET",
  "COOKIE_SECRET",
  "STORE_CORS",
  "ADMIN_CORS",
  "AUTH_CORS",
  "STOREFRONT_URL",
  "STOREFRONT_INTERNAL_URL",
  "DEMO_SHOP",
  "BACKEND_URL",
  "MEDUSA_WORKER_MODE",
  "DISABLE_ADMIN",
  "REVALIDATE_SECRET",
  "ADMIN_EMAIL",
  "ADMIN_PASSWORD",
  "POSTHOG_HOST",
  "POSTHOG_API_KEY",
  "ANALYTICS_RATE_LIMIT_PER_MINUTE",
  "ANALYTICS_RETENTION_MONTHS",
]
const STOREFRONT_VARIABLES = ["MEDUSA_BACKEND_URL", "REVALIDATE_SECRET", "STOREFRONT_URL", "PORT", "NODE_ENV"]

/** Values that look like what a teacher puts in .env (hex secrets, a long admin password). */
const FILLED_SECRETS: Record<(typeof SECRETS)[number], string> = {
  JWT_SECRET: "a".repeat(32) + "0123456789abcdef0123456789abcdef",
  COOKIE_SECRET: "b".repeat(32) + "0123456789abcdef0123456789abcdef",
  POSTGRES_PASSWORD: "c".repeat(32) + "0123456789abcdef0123456789abcdef",
  REVALIDATE_SECRET: "d".repeat(32) + "0123456789abcdef0123456789abcdef",
  ADMIN_PASSWORD: "Un-mot-de-passe-assez-long",
}

// ---------------------------------------------------------------------------
// Compose interpolation, as `docker compose` does it (compose-spec "Interpolation")
// ---------------------------------------------------------------------------

type Env = Record<string, string | undefined>

class MissingVariableError extends Error {
  constructor(
    readonly variable: string,
    detail: string
  ) {
    super(`required variable ${variable} is missing a value: ${detail}`)
  }
}

/** Index of the `}` closing the `${` that starts at `start`, counting nested `${…}`. */
function closingBrace(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text.startsWith("${", i)) {
      depth++
      i++
    } else if (text[i] === "}") {
      depth--
      if (depth === 0) return i
    }
  }
  throw new Error(`unclosed \${ in: ${text}`)
}

function interpolate(text: string, env: Env): string {
  let out = ""
  let i = 0
  while (i < text.length) {
    const char = text[i]
    if (char !== "$") {
      out += char
      i++
      continue
    }
    if (text[i + 1] === "$") {
      out += "$"
      i += 2
      continue
    }
    if (text[i + 1] === "{") {
      const end = closingBrace(text, i)
      out += substitute(text.slice(i + 2, end), env)
      i = end + 1
      continue
    }
    const named = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))
    if (!named) throw new Error(`invalid $ in: ${text}`)
    out += env[named[0]] ?? ""
    i += 1 + named[0].length
  }
  return out
}

function substitute(body: string, env: Env): string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([\s\S]*))?$/.exec(body)
  if (!match) throw new Error(`invalid substitution: \${${body}}`)
  const [, name = "", colon, operator, argument = ""] = match
  const value = env[name]
  const missing = colon ? value === undefined || value === "" : value === undefined
  if (!operator) return value ?? ""
  if (operator === "-") return missing ? interpolate(argument, env) : (value ?? "")
  if (missing) throw new MissingVariableError(name, interpolate(argument, env))
  return value ?? ""
}

/** Interpolates every string of a parsed document (keys are never interpolated). */
function interpolateDeep(value: unknown, env: Env): unknown {
  if (typeof value === "string") return interpolate(value, env)
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, env))
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateDeep(item, env)]))
  }
  return value
}

/** Every variable name the compose file references, including nested defaults. */
function referencedVariables(text: string): Set<string> {
  const names = new Set<string>()
  for (const match of text.replaceAll("$$", "").matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (match[1]) names.add(match[1])
  }
  return names
}

// ---------------------------------------------------------------------------
// Typed views of the parsed compose file
// ---------------------------------------------------------------------------

type Healthcheck = { test?: unknown; disable?: boolean; interval?: string; retries?: number }
type Service = {
  image?: string
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> } | string
  environment?: Record<string, unknown> | string[]
  ports?: unknown[]
  volumes?: unknown[]
  depends_on?: Record<string, { condition?: string }> | string[]
  healthcheck?: Healthcheck
  restart?: string
}
type ComposeFile = {
  version?: unknown
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}

const parseCompose = (text: string) => parse(text, { merge: true }) as ComposeFile
const RAW = parseCompose(COMPOSE_TEXT)

function service(doc: ComposeFile, name: string): Service {
  const found = doc.services[name]
  if (!found) throw new Error(`service ${name} is missing from docker-compose.yml`)
  return found
}

/** A service's environment as a map of strings (compose accepts a map or KEY=VALUE items). */
function environment(svc: Service): Record<string, string> {
  const env = svc.environment ?? {}
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((item) => {
        const [key = "", ...rest] = String(item).split("=")
        return [key, rest.join("=")]
      })
    )
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? "" : String(value)]))
}

const healthcheckCommand = (svc: Service) => {
  const test = svc.healthcheck?.test
  return Array.isArray(test) ? test.map(String).join(" ") : String(test ?? "")
}

function dependsOnHealthy(svc: Service, dependency: string): boolean {
  const deps = svc.depends_on
  if (!deps || Array.isArray(deps)) return false
  return deps[dependency]?.condition === "service_healthy"
}

/** Named volumes a service mounts: `name:/path[:mode]` items and long-syntax `type: volume`. */
function namedMounts(svc: Service): { source: string; target: string }[] {
  return (svc.volumes ?? []).flatMap((volume) => {
    if (typeof volume === "string") {
      const [source = "", target = ""] = volume.split(":")
      return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) ? [{ source, target }] : []
    }
    const long = volume as { type?: string; source?: string; target?: string }
    return long.type === "volume" && long.source ? [{ source: long.source, target: long.target ?? "" }] : []
  })
}

function buildOf(svc: Service): { context: string; dockerfile: string } {
  if (typeof svc.build === "string") return { context: svc.build, dockerfile: "Dockerfile" }
  return { context: svc.build?.context ?? ".", dockerfile: svc.build?.dockerfile ?? "Dockerfile" }
}

function parseEnvFile(text: string): Map<string, string> {
  const vars = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line)
    if (match?.[1]) vars.set(match[1], (match[2] ?? "").trim())
  }
  return vars
}

/** The instructions of a Dockerfile's last stage (after its last FROM). */
function finalStage(dockerfile: string): string {
  const lines = dockerfile.split(/\r?\n/)
  const lastFrom = lines.map((line) => /^\s*FROM\s/i.test(line)).lastIndexOf(true)
  return lines.slice(lastFrom).join("\n")
}

/** The Dockerfile's instructions before the one that installs the workspace (comments ignored). */
function beforeInstall(dockerfile: string): string {
  const lines = dockerfile.split(/\r?\n/)
  const index = lines.findIndex((line) => !line.trimStart().startsWith("#") && /\bnpm (ci|install)\b(?! --global)/.test(line))
  return index < 0 ? "" : lines.slice(0, index).join("\n")
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe("docker-compose.yml: structure", () => {
  it("uses the compose spec without the obsolete version key", () => {
    expect(RAW.version).toBeUndefined()
  })

  it("declares the five services", () => {
    expect(Object.keys(RAW.services).sort()).toEqual([...SERVICES].sort())
  })

  it("restarts every service unless it was stopped", () => {
    for (const name of SERVICES) expect(service(RAW, name).restart, name).toBe("unless-stopped")
  })

  it("runs Postgres 16 or later and Redis 7 or later", () => {
    const postgres = /^postgres:(\d+)/.exec(service(RAW, "postgres").image ?? "")
    expect(Number(postgres?.[1])).toBeGreaterThanOrEqual(16)
    const redis = /^redis:(\d+)/.exec(service(RAW, "redis").image ?? "")
    expect(Number(redis?.[1])).toBeGreaterThanOrEqual(7)
  })

  it("has a healthcheck on postgres, redis, backend, worker and storefront", () => {
    for (const name of SERVICES) {
      const healthcheck = service(RAW, name).healthcheck
      expect(healthcheck?.disable, name).not.toBe(true)
      const test = healthcheck?.test
      expect(Array.isArray(test) && ["CMD", "CMD-SHELL"].includes(String(test[0])), name).toBe(true)
    }
    expect(healthcheckCommand(service(RAW, "postgres"))).toMatch(/pg_isready/)
    expect(healthcheckCommand(service(RAW, "redis"))).toMatch(/redis-cli ping/)
    expect(healthcheckCommand(service(RAW, "backend"))).toMatch(/:9000\/health\b/)
    expect(healthcheckCommand(service(RAW, "worker"))).toMatch(/:9000\/health\b/)
    expect(healthcheckCommand(service(RAW, "storefront"))).toMatch(/:8000\/api\/health\b/)
  })

  it("starts each service only once what it needs is healthy", () => {
    const backend = service(RAW, "backend")
    expect(dependsOnHealthy(backend, "postgres")).toBe(true)
    expect(dependsOnHealthy(backend, "redis")).toBe(true)
    // The worker runs no migrations: it waits for the backend, which has run them.
    expect(dependsOnHealthy(service(RAW, "worker"), "backend")).toBe(true)
    expect(dependsOnHealthy(service(RAW, "storefront"), "backend")).toBe(true)
  })

  it("runs the backend as the Medusa server and the worker as the Medusa worker, from one Dockerfile", () => {
    const backend = environment(service(RAW, "backend"))
    const worker = environment(service(RAW, "worker"))
    expect(backend.MEDUSA_WORKER_MODE).toBe("server")
    expect(backend.DISABLE_ADMIN).toBe("false")
    expect(worker.MEDUSA_WORKER_MODE).toBe("worker")
    expect(worker.DISABLE_ADMIN).toBe("true")
    expect(buildOf(service(RAW, "worker"))).toEqual(buildOf(service(RAW, "backend")))
    expect(service(RAW, "worker").ports ?? []).toEqual([])
  })

  it("passes every variable the backend reads to the server and the worker", () => {
    const schemaKeys = Object.keys(environmentSchema.shape)
    expect(schemaKeys.sort()).toEqual([...BACKEND_VARIABLES].sort())
    for (const name of ["backend", "worker"]) {
      const env = environment(service(RAW, name))
      for (const variable of BACKEND_VARIABLES) expect(env, `${name} ${variable}`).toHaveProperty(variable)
      expect(env.NODE_ENV).toBe("production")
      expect(env.PORT).toBe("9000")
      expect(env.REDIS_URL).toBe("redis://redis:6379")
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/comptoir:\$\{POSTGRES_PASSWORD:\?[^}$]*\}@postgres:5432\/comptoir$/)
    }
  })

  it("gives the storefront what it reads, pointing at the backend service", () => {
    const env = environment(service(RAW, "storefront"))
    for (const variable of STOREFRONT_VARIABLES) expect(env, variable).toHaveProperty(variable)
    expect(env.MEDUSA_BACKEND_URL).toBe("http://backend:9000")
    expect(env.PORT).toBe("8000")
    expect(env.NODE_ENV).toBe("production")
    expect(Object.keys(env).some((key) => /PUBLISHABLE/i.test(key))).toBe(false)
  })

  it("publishes only the backend and the storefront, on configurable ports", () => {
    expect(service(RAW, "backend").ports).toEqual(["${BACKEND_PORT:-9000}:9000"])
    expect(service(RAW, "storefront").ports).toEqual(["${STOREFRONT_PORT:-8000}:8000"])
    expect(service(RAW, "postgres").ports ?? []).toEqual([])
    expect(service(RAW, "redis").ports ?? []).toEqual([])
  })

  it("keeps data in declared named volumes; server and worker share the uploads", () => {
    const declared = Object.keys(RAW.volumes ?? {})
    for (const name of SERVICES) {
      for (const mount of namedMounts(service(RAW, name))) expect(declared, `${name}: ${mount.source}`).toContain(mount.source)
    }
    expect(namedMounts(service(RAW, "postgres")).map((m) => m.target)).toContain("/var/lib/postgresql/data")
    const backendMounts = namedMounts(service(RAW, "backend"))
    expect(backendMounts.length).toBeGreaterThan(0)
    expect(namedMounts(service(RAW, "worker"))).toEqual(backendMounts)
    for (const mount of backendMounts) expect(mount.target).toMatch(/^\/app\/backend\/\.medusa\/server\//)
  })

  it("builds from Dockerfiles that exist, with the repository root as context", () => {
    const expected = { backend: "backend/Dockerfile", worker: "backend/Dockerfile", storefront: "storefront/Dockerfile" }
    for (const [name, dockerfile] of Object.entries(expected)) {
      const build = buildOf(service(RAW, name))
      expect(path.resolve(ROOT, build.context), name).toBe(ROOT)
      expect(build.dockerfile, name).toBe(dockerfile)
      expect(existsSync(path.join(ROOT, build.context, build.dockerfile)), name).toBe(true)
    }
  })
})

describe("docker-compose.yml: secrets", () => {
  it("only uses the ${VAR} form, so that every variable is visible to these checks", () => {
    expect(COMPOSE_TEXT.replaceAll("$$", "")).not.toMatch(/\$(?!\{)/)
  })

  it.each(SECRETS)("%s is required (${VAR:?message}) wherever it is used, with no default", (secret) => {
    const uses = [...COMPOSE_TEXT.matchAll(new RegExp(`\\$\\{${secret}\\b[^}]*\\}`, "g"))].map((m) => m[0])
    expect(uses.length).toBeGreaterThan(0)
    for (const use of uses) expect(use).toMatch(new RegExp(`^\\$\\{${secret}:\\?[^}$]+\\}$`))
  })

  it("sets no literal value for anything that looks like a secret", () => {
    for (const name of SERVICES) {
      for (const [key, value] of Object.entries(environment(service(RAW, name)))) {
        if (!/SECRET|PASSWORD|API_KEY|TOKEN/.test(key)) continue
        // Either required, or optional with an empty default; always the variable of the same name.
        expect(value, `${name} ${key}`).toMatch(new RegExp(`^\\$\\{${key}(:\\?[^}$]+|:-)\\}$`))
      }
    }
    const everyString = JSON.stringify(RAW)
    for (const value of Object.values(FILLED_SECRETS)) expect(everyString).not.toContain(value)
  })

  it.each(SECRETS)("refuses to start when %s is missing or empty", (secret) => {
    for (const missing of [undefined, ""]) {
      const env: Env = { ...FILLED_SECRETS, [secret]: missing }
      expect(() => interpolateDeep(RAW, env)).toThrowError(MissingVariableError)
      try {
        interpolateDeep(RAW, env)
      } catch (error) {
        expect((error as MissingVariableError).variable).toBe(secret)
      }
    }
  })

  it("refuses to start with .env.example copied as it is (secrets not filled in)", () => {
    const env = Object.fromEntries(parseEnvFile(ENV_EXAMPLE_TEXT))
    expect(() => interpolateDeep(RAW, env)).toThrowError(MissingVariableError)
  })

  it("builds images that carry no secret", () => {
    for (const dockerfile of ["backend/Dockerfile", "storefront/Dockerfile"]) {
      const text = read(dockerfile)
      for (const secret of SECRETS) expect(text, `${dockerfile} ${secret}`).not.toMatch(new RegExp(`^\\s*(ENV|ARG)\\b.*\\b${secret}\\b`, "m"))
    }
    const dockerignore = read(".dockerignore")
    expect(dockerignore).toMatch(/^\*\*\/\.env$/m)
    expect(dockerignore).toMatch(/^\*\*\/\.env\.\*$/m)
  })
})

describe("docker-compose.yml: the environment it produces", () => {
  const filledExample = { ...Object.fromEntries(parseEnvFile(ENV_EXAMPLE_TEXT)), ...FILLED_SECRETS }

  it("gives the backend a configuration its own parser accepts in production", () => {
    const doc = interpolateDeep(RAW, filledExample) as ComposeFile
    const backend = parseConfig(environment(service(doc, "backend")))
    expect(backend.ok ? "ok" : backend.problems).toBe("ok")
    if (!backend.ok) return
    expect(backend.config.env).toBe("production")
    expect(backend.config.workerMode).toBe("server")
    expect(backend.config.adminDisabled).toBe(false)
    expect(backend.config.databaseUrl).toBe(`postgres://comptoir:${FILLED_SECRETS.POSTGRES_PASSWORD}@postgres:5432/comptoir`)
    expect(backend.config.redisUrl).toBe("redis://redis:6379")
    expect(backend.config.storefrontUrl).toBe("http://localhost:8000")
    expect(backend.config.cors.store).toEqual(["http://localhost:8000"])
    expect(backend.config.posthog).toBeUndefined()

    const worker = parseConfig(environment(service(doc, "worker")))
    expect(worker.ok ? "ok" : worker.problems).toBe("ok")
    if (!worker.ok) return
    expect(worker.config.workerMode).toBe("worker")
    expect(worker.config.adminDisabled).toBe(true)
  })

  it("follows the published ports and public URLs chosen in .env", () => {
    const env = { ...filledExample, BACKEND_PORT: "9100", STOREFRONT_PORT: "8100" }
    let doc = interpolateDeep(RAW, env) as ComposeFile
    expect(service(doc, "backend").ports).toEqual(["9100:9000"])
    expect(service(doc, "storefront").ports).toEqual(["8100:8000"])
    expect(environment(service(doc, "backend")).BACKEND_URL).toBe("http://localhost:9100")
    expect(environment(service(doc, "storefront")).STOREFRONT_URL).toBe("http://localhost:8100")

    doc = interpolateDeep(RAW, { ...env, STOREFRONT_PUBLIC_URL: "https://boutique.lycee.fr" }) as ComposeFile
    const backend = parseConfig(environment(service(doc, "backend")))
    expect(backend.ok && backend.config.cors.store).toEqual(["https://boutique.lycee.fr"])
    expect(environment(service(doc, "storefront")).STOREFRONT_URL).toBe("https://boutique.lycee.fr")
  })
})

describe(".env.example", () => {
  const vars = parseEnvFile(ENV_EXAMPLE_TEXT)
  const lines = ENV_EXAMPLE_TEXT.split(/\r?\n/)

  it("lists every variable the compose file references, and nothing else", () => {
    const referenced = [...referencedVariables(COMPOSE_TEXT)].sort()
    expect(referenced.length).toBeGreaterThan(0)
    expect([...vars.keys()].sort()).toEqual(referenced)
  })

  it("leaves every secret empty and says how to generate one", () => {
    for (const secret of SECRETS) {
      expect(vars.has(secret), secret).toBe(true)
      expect(vars.get(secret), secret).toBe("")
    }
    expect(ENV_EXAMPLE_TEXT).toContain("openssl rand -hex 32")
  })

  it("explains each variable in a comment just above it", () => {
    lines.forEach((line, index) => {
      if (!/^\s*[A-Za-z_][A-Za-z0-9_]*=/.test(line)) return
      expect(lines[index - 1]?.trimStart().startsWith("#"), line).toBe(true)
    })
  })

  it("documents the variables compose sets inside the containers", () => {
    for (const variable of [...BACKEND_VARIABLES, ...STOREFRONT_VARIABLES]) {
      expect(ENV_EXAMPLE_TEXT, variable).toMatch(new RegExp(`^#?\\s*${variable}=`, "m"))
    }
  })
})

describe("Dockerfiles", () => {
  const dockerfiles = {
    backend: { file: "backend/Dockerfile", workspace: "@comptoir/backend" },
    storefront: { file: "storefront/Dockerfile", workspace: "@comptoir/storefront" },
  }

  it.each(Object.values(dockerfiles))("$file installs from the manifests first, then builds with turbo", ({ file, workspace }) => {
    const text = read(file)
    expect(text).toContain("node:20-bookworm-slim")
    const install = beforeInstall(text)
    expect(install, "npm install").not.toBe("")
    expect(install).toMatch(/^COPY package\.json package-lock\.json /m)
    for (const dir of ROOT_PACKAGE.workspaces) {
      expect(install, `${dir}/package.json`).toMatch(new RegExp(`^COPY ${dir}/package\\.json `, "m"))
    }
    expect(install).not.toMatch(/^COPY \. /m)
    expect(text).toMatch(new RegExp(`turbo run build --filter=${workspace}\\b`))
    const npmVersion = /^npm@(.+)$/.exec(ROOT_PACKAGE.packageManager ?? "")?.[1]
    if (npmVersion) expect(text).toContain(`ARG NPM_VERSION=${npmVersion}`)
  })

  it.each(Object.values(dockerfiles))("$file runs as the non-root node user and installs nothing at run time", ({ file }) => {
    const runtime = finalStage(read(file))
    const users = [...runtime.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1])
    expect(users.at(-1)).toBe("node")
    expect(runtime).not.toMatch(/\bnpm (ci|install)\b/)
  })

  it("runs the backend from the built server with the entrypoint", () => {
    const runtime = finalStage(read("backend/Dockerfile"))
    const workdirs = [...runtime.matchAll(/^WORKDIR\s+(\S+)/gm)].map((m) => m[1])
    expect(workdirs.at(-1)).toBe("/app/backend/.medusa/server")
    expect(runtime).toMatch(/^ENTRYPOINT \["\/app\/backend\/docker-entrypoint\.sh"\]/m)
    // The uploads volume's mount point exists in the image and belongs to `node`.
    for (const mount of namedMounts(service(RAW, "backend"))) {
      expect(runtime).toContain(`mkdir -p ${mount.target}`)
      expect(runtime).toContain(`chown node:node ${mount.target}`)
    }
  })

  it("runs the storefront with next start on port 8000, telemetry off", () => {
    const text = read("storefront/Dockerfile")
    const runtime = finalStage(text)
    const workdirs = [...runtime.matchAll(/^WORKDIR\s+(\S+)/gm)].map((m) => m[1])
    expect(workdirs.at(-1)).toBe("/app/storefront")
    // next itself is the container's process (SIGTERM reaches it), found on the PATH.
    expect(runtime).toMatch(/^CMD \["next", "start", "-p", "8000"/m)
    expect(runtime).toMatch(/^ENV PATH=\S*\/app\/node_modules\/\.bin:/m)
    expect(runtime).toMatch(/NEXT_TELEMETRY_DISABLED=1/)
  })

  it("keeps dependencies, build outputs, local data and secrets out of the build context", () => {
    const entries = read(".dockerignore")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"))
    for (const entry of ["node_modules", ".next", ".medusa", ".turbo", "dist", ".comptoir", ".env"]) {
      expect(entries, entry).toContain(`**/${entry}`)
    }
    expect(entries).toContain(".git")
    expect(entries.some((entry) => entry.endsWith(".log"))).toBe(true)
    expect(entries.some((entry) => entry.includes("test-results"))).toBe(true)
  })
})

describe("backend/docker-entrypoint.sh", () => {
  const entrypoint = path.join(ROOT, "backend/docker-entrypoint.sh")
  const posix = process.platform !== "win32"
  const scratch = mkdtempSync(path.join(tmpdir(), "comptoir-entrypoint-"))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  /**
   * Runs the entrypoint in a copy of the image's layout (cwd <app>/backend/.medusa/server)
   * with a fake `medusa` in <app>/node_modules/.bin that records its arguments.
   */
  function run(
    env: Record<string, string>,
    options: { bootstrap?: boolean; medusa?: boolean; failOn?: string; args?: string[] } = {}
  ) {
    const app = mkdtempSync(path.join(scratch, "app-"))
    const server = path.join(app, "backend/.medusa/server")
    mkdirSync(server, { recursive: true })
    const log = path.join(app, "medusa.log")
    if (options.medusa !== false) {
      const bin = path.join(app, "node_modules/.bin")
      mkdirSync(bin, { recursive: true })
      writeFileSync(
        path.join(bin, "medusa"),
        '#!/bin/sh\necho "$*" >> "$FAKE_MEDUSA_LOG"\nif [ -n "${FAKE_MEDUSA_FAIL:-}" ]; then case "$*" in *"$FAKE_MEDUSA_FAIL"*) exit 3 ;; esac; fi\nexit 0\n'
      )
      chmodSync(path.join(bin, "medusa"), 0o755)
    }
    if (options.bootstrap !== false) {
      mkdirSync(path.join(server, "src/scripts"), { recursive: true })
      writeFileSync(path.join(server, "src/scripts/bootstrap.js"), "module.exports = async () => {}\n")
    }
    const result = spawnSync("sh", [entrypoint, ...(options.args ?? [])], {
      cwd: server,
      encoding: "utf8",
      env: { PATH: "/usr/bin:/bin", FAKE_MEDUSA_LOG: log, FAKE_MEDUSA_FAIL: options.failOn ?? "", ...env },
    })
    const calls = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : []
    return { status: result.status, calls, stderr: result.stderr }
  }

  it("exists, is executable and is POSIX sh with set -eu", () => {
    const text = readFileSync(entrypoint, "utf8")
    expect(text.startsWith("#!/bin/sh\n")).toBe(true)
    expect(text).toMatch(/^set -eu$/m)
    expect(text).not.toContain("\r")
    // Medusa must be the process that receives SIGTERM: started with exec, never through npx.
    expect(text).toMatch(/^exec medusa start$/m)
    expect(text).not.toMatch(/^[^#]*\bnpx\b/m)
    if (posix) expect(statSync(entrypoint).mode & 0o111).not.toBe(0)
  })

  it("runs a bootstrap script that the backend's sources provide", () => {
    const text = readFileSync(entrypoint, "utf8")
    const script = /^\s*bootstrap="\.\/(src\/scripts\/[\w-]+)\.js"$/m.exec(text)?.[1]
    expect(script).toBeDefined()
    // `medusa build` compiles backend/src/… into .medusa/server/src/… (the entrypoint's cwd).
    expect(existsSync(path.join(ROOT, "backend", `${script}.ts`))).toBe(true)
  })

  it.skipIf(!posix)("parses with sh -n", () => {
    const result = spawnSync("sh", ["-n", entrypoint], { encoding: "utf8" })
    expect(result.stderr).toBe("")
    expect(result.status).toBe(0)
  })

  it.skipIf(!posix)("server mode: migrates, bootstraps, then starts Medusa", () => {
    const { status, calls } = run({ MEDUSA_WORKER_MODE: "server" })
    expect(status).toBe(0)
    expect(calls).toHaveLength(3)
    expect(calls[0]).toMatch(/^db:migrate\b/)
    expect(calls[1]).toBe("exec ./src/scripts/bootstrap.js")
    expect(calls[2]).toBe("start")
  })

  it.skipIf(!posix)("shared mode (no MEDUSA_WORKER_MODE) migrates too", () => {
    const { status, calls } = run({})
    expect(status).toBe(0)
    expect(calls.map((call) => call.split(" ")[0])).toEqual(["db:migrate", "exec", "start"])
  })

  it.skipIf(!posix)("worker mode: starts Medusa without migrating", () => {
    const { status, calls } = run({ MEDUSA_WORKER_MODE: "worker" }, { bootstrap: false })
    expect(status).toBe(0)
    expect(calls).toEqual(["start"])
  })

  it.skipIf(!posix)("runs the arguments it is given instead, with medusa on the PATH", () => {
    const { status, calls } = run({ MEDUSA_WORKER_MODE: "server" }, { args: ["medusa", "user", "-e", "a@b.fr"] })
    expect(status).toBe(0)
    expect(calls).toEqual(["user -e a@b.fr"])
  })

  it.skipIf(!posix)("stops (and never starts Medusa) on a failed migration, an unknown mode or a missing file", () => {
    const failed = run({ MEDUSA_WORKER_MODE: "server" }, { failOn: "db:migrate" })
    expect(failed.status).not.toBe(0)
    expect(failed.calls.some((call) => call.startsWith("start"))).toBe(false)

    const unknown = run({ MEDUSA_WORKER_MODE: "both" })
    expect(unknown.status).not.toBe(0)
    expect(unknown.calls).toEqual([])

    const noBootstrap = run({ MEDUSA_WORKER_MODE: "server" }, { bootstrap: false })
    expect(noBootstrap.status).not.toBe(0)
    expect(noBootstrap.calls.some((call) => call.startsWith("start"))).toBe(false)

    const noMedusa = run({ MEDUSA_WORKER_MODE: "worker" }, { medusa: false })
    expect(noMedusa.status).not.toBe(0)
  })
})

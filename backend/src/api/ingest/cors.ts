import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

const ALLOWED_METHODS = "GET, POST, OPTIONS"

/** STORE_CORS parsed once per distinct value instead of on every capture request. */
let parsedOrigins: { source: string; allowed: (string | RegExp)[] } = { source: "", allowed: [] }

function originAllowed(origin: string, storeCors: string): boolean {
  if (parsedOrigins.source !== storeCors) parsedOrigins = { source: storeCors, allowed: parseCorsOrigins(storeCors) }
  return parsedOrigins.allowed.some((entry) => (typeof entry === "string" ? entry === origin : entry.test(origin)))
}

/**
 * posthog-js reaches the ingest through the storefront's own origin (its `/ingest` rewrite),
 * so no CORS is needed in the normal setup; a storefront configured to call the backend
 * directly gets the same origins as the Store API (STORE_CORS), and nobody else. Preflight
 * requests are answered here, as Medusa only handles CORS for /store, /admin and /auth.
 */
export function ingestCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const origin = req.headers.origin
  if (origin) {
    const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    res.vary("Origin")
    if (originAllowed(origin, http.storeCors)) {
      res.setHeader("Access-Control-Allow-Origin", origin)
      res.setHeader("Access-Control-Allow-Credentials", "true")
    }
  }
  if (req.method !== "OPTIONS") return next()
  res.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
  res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "Content-Type")
  res.setHeader("Access-Control-Max-Age", "86400")
  res.status(204).end()
}

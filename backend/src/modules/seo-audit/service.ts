import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { z } from "zod"
import { SeoAudit } from "./models/seo-audit"

const optionsSchema = z.object({
  /** The shop's public address (STOREFRONT_URL): its sitemap lists pages under it, the results show it. */
  storefrontUrl: z.url({ protocol: /^https?$/ }),
  /**
   * Where the backend really reaches the shop when the public address does not lead there from
   * inside (STOREFRONT_INTERNAL_URL, docker-compose: http://storefront:8000). Unset: the public one.
   */
  internalUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * An audit still queued or running after this long was cut short (server restarted while
   * crawling): it is marked failed so that it does not block every later audit.
   * @default 900000 (15 minutes)
   */
  staleAfterMs: z.number().int().min(1000).default(15 * 60_000),
})

export type SeoAuditModuleOptions = z.input<typeof optionsSchema>
export type SeoAuditRecord = InferTypeOf<typeof SeoAudit>

/** The columns of the history list (the full result stays out of it: it can weigh megabytes). */
export const HISTORY_FIELDS = ["id", "status", "started_at", "finished_at", "base_url", "page_count", "score", "error", "created_at"]

export const STALE_AUDIT_ERROR = "L'audit a été interrompu (le serveur a redémarré pendant l'analyse). Relancez-le."

/** Postgres' unique_violation: the partial index that allows one audit in progress. */
const UNIQUE_VIOLATION = "23505"

export default class SeoAuditModuleService extends MedusaService({ SeoAudit }) {
  protected readonly options_: z.output<typeof optionsSchema>

  constructor(dependencies: Record<string, unknown>, options: SeoAuditModuleOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const parsed = optionsSchema.safeParse(options ?? {})
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid SEO audit options: ${z.prettifyError(parsed.error)}`)
    }
    this.options_ = parsed.data
  }

  get storefrontUrl(): string {
    return this.options_.storefrontUrl
  }

  /** The address requests go to, when it differs from the public one. */
  get internalUrl(): string | undefined {
    const { internalUrl, storefrontUrl } = this.options_
    return internalUrl && new URL(internalUrl).origin !== new URL(storefrontUrl).origin ? internalUrl : undefined
  }

  /**
   * Queues a new audit, or fails with CONFLICT (409) while another one is in progress.
   * Audits abandoned by a restart are closed first.
   */
  async queueAudit(now = new Date()): Promise<SeoAuditRecord> {
    await this.failStaleAudits(now)
    const [inProgress] = await this.listSeoAudits({ status: ["queued", "running"] }, { take: 1, select: ["id"] })
    if (inProgress) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `An SEO audit is already in progress (${inProgress.id})`)
    }
    try {
      return await this.createSeoAudits({ status: "queued", base_url: this.storefrontUrl })
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "An SEO audit is already in progress")
      }
      throw error
    }
  }

  /** Marks audits in progress for longer than `staleAfterMs` as failed; returns how many. */
  async failStaleAudits(now = new Date()): Promise<number> {
    const limit = new Date(now.getTime() - this.options_.staleAfterMs)
    const stale = await this.listSeoAudits({ status: ["queued", "running"], created_at: { $lt: limit } }, { select: ["id"] })
    if (stale.length === 0) return 0
    await this.updateSeoAudits(
      stale.map(({ id }) => ({ id, status: "failed" as const, finished_at: now, error: STALE_AUDIT_ERROR }))
    )
    return stale.length
  }

  /** The score of the latest finished audit, for the Statistiques > Référencement page. */
  async latestScore(): Promise<number | null> {
    const [latest] = await this.listSeoAudits(
      { status: "done", score: { $ne: null } },
      { take: 1, order: { finished_at: "DESC" }, select: ["score"] }
    )
    return latest?.score ?? null
  }
}

function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  // MikroORM wraps the driver's error; the code sits on the error or its cause.
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current)
    if ((current as { code?: unknown }).code === UNIQUE_VIOLATION) return true
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError
  }
  return /unique|duplicate key/i.test(String((error as Error)?.message ?? ""))
}

import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"
import { sendRevalidationRequest } from "./revalidation-request"
import { TagCoalescer } from "./tag-coalescer"

const optionsSchema = z.object({
  /**
   * The storefront's base URL. Without it the module does nothing (tests, or a backend whose
   * storefront is hosted elsewhere and refreshes on its own timer).
   */
  storefrontUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** REVALIDATE_SECRET, shared with the storefront. */
  secret: z.string().min(1),
  /**
   * How long tags are gathered before one request is sent.
   * @default 1000
   */
  windowMs: z.number().int().min(0).max(60_000).default(1000),
  /**
   * How long the storefront has to answer before the request is given up.
   * @default 2000
   */
  timeoutMs: z.number().int().min(1).max(60_000).default(2000),
})

export type StorefrontRevalidationModuleOptions = z.input<typeof optionsSchema>

type InjectedDependencies = { logger: Logger }

/**
 * Asks the storefront to drop cached pages when the catalogue changes (its signed
 * `POST /api/revalidate` webhook). Requests are coalesced and never fail the caller.
 */
export default class StorefrontRevalidationModuleService {
  protected readonly logger_: Logger
  protected readonly options_: z.output<typeof optionsSchema>
  protected readonly coalescer_: TagCoalescer

  constructor({ logger }: InjectedDependencies, options: StorefrontRevalidationModuleOptions) {
    const parsed = optionsSchema.safeParse(options ?? {})
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid storefront revalidation options: ${z.prettifyError(parsed.error)}`
      )
    }
    this.logger_ = logger
    this.options_ = parsed.data
    this.coalescer_ = new TagCoalescer((tags) => this.send_(tags), parsed.data.windowMs)
  }

  /** Medusa calls this before stopping (server, worker, `medusa exec` scripts): changes queued last still go out. */
  readonly __hooks = {
    onApplicationPrepareShutdown: async (): Promise<void> => this.flush(),
  }

  get enabled(): boolean {
    return this.options_.storefrontUrl !== undefined
  }

  /** Queues tags for the next request; returns the tags accepted (none when disabled). */
  requestRevalidation(tags: readonly string[]): string[] {
    if (!this.enabled) return []
    this.coalescer_.add(tags)
    return [...new Set(tags)]
  }

  /** Sends queued tags now and waits for the requests under way (shutdown, tests). */
  async flush(): Promise<void> {
    await this.coalescer_.flush()
  }

  protected async send_(tags: string[]): Promise<void> {
    const { storefrontUrl, secret, timeoutMs } = this.options_
    if (!storefrontUrl) return
    const outcome = await sendRevalidationRequest({ storefrontUrl, secret, tags, timeoutMs })
    if (outcome.ok) {
      this.logger_.debug(`Storefront revalidated: ${tags.join(", ")}`)
    } else {
      // A warning, not an error: pages still refresh on their own after CACHE_REVALIDATE_SECONDS.
      this.logger_.warn(
        `Storefront revalidation of ${tags.join(", ")} at ${storefrontUrl} failed: ${outcome.reason}`
      )
    }
  }
}

import { MAX_TAGS_PER_REQUEST } from "./cache-tags"

/**
 * Gathers the tags asked for during a short window and hands them over once, deduplicated:
 * a seed or an import emits hundreds of events in a second, the storefront needs one request.
 * A window opens with the first tag after a flush and closes `windowMs` later.
 */
export class TagCoalescer {
  private readonly pending = new Set<string>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly inFlight = new Set<Promise<void>>()

  constructor(
    private readonly send: (tags: string[]) => Promise<void>,
    private readonly windowMs: number
  ) {}

  add(tags: readonly string[]): void {
    for (const tag of tags) this.pending.add(tag)
    if (this.pending.size === 0 || this.timer) return
    this.timer = setTimeout(() => void this.flush(), this.windowMs)
    // A pending refresh must not keep a script (seed, migration) alive after its work is done.
    this.timer.unref?.()
  }

  /** Sends what is pending now, and waits for every request already under way. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    const tags = [...this.pending].sort()
    this.pending.clear()
    for (let start = 0; start < tags.length; start += MAX_TAGS_PER_REQUEST) {
      const sending = this.send(tags.slice(start, start + MAX_TAGS_PER_REQUEST)).catch(() => undefined)
      this.inFlight.add(sending)
      void sending.finally(() => this.inFlight.delete(sending))
    }
    await Promise.all([...this.inFlight])
  }

  get pendingTags(): string[] {
    return [...this.pending].sort()
  }
}

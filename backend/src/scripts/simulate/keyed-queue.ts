/**
 * Runs tasks side by side, at most `limit` at once, except that tasks sharing a key (a variant,
 * a promotion code) run one after the other in the order they were added. Simulated orders go
 * through it: Medusa never sees two checkouts of the same stock at once (so none can oversell),
 * and which of two competing orders gets the last unit is the plan's order, not a race: the same
 * seed gives the same orders, however the machine schedules them.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>()
  private readonly waiting: (() => void)[] = []
  private running = 0

  constructor(private readonly limit: number) {}

  run<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const before = [...new Set(keys)].map((key) => this.tails.get(key)).filter((tail) => tail !== undefined)
    const result = Promise.all(before).then(async () => {
      // A slot is taken only once the task may run: a task waiting on its keys holds none, so
      // the tasks ahead of it always have room to finish.
      await this.acquire()
      try {
        return await task()
      } finally {
        this.release()
      }
    })
    // Successors wait for this task to settle, whether it succeeded or failed.
    const settled = result.then(
      () => undefined,
      () => undefined
    )
    for (const key of keys) this.tails.set(key, settled)
    void settled.then(() => {
      for (const key of keys) if (this.tails.get(key) === settled) this.tails.delete(key)
    })
    return result
  }

  private acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    // The slot passes straight to the next waiting task.
    if (next) next()
    else this.running--
  }
}

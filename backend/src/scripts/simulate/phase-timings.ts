/**
 * Seconds spent in each phase of order placement, summed over the orders. Orders may run side
 * by side, so the sum can exceed the wall time; the bench prints it to show where time goes.
 */
export class PhaseTimings {
  readonly seconds: Record<string, number> = {}

  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const startedAt = performance.now()
    try {
      return await work()
    } finally {
      this.seconds[phase] = (this.seconds[phase] ?? 0) + (performance.now() - startedAt) / 1000
    }
  }
}

/**
 * Group commit for the capture route. Batches that arrive while `maxInFlight` INSERTs are
 * already running wait, and go together in the next one: under load, one statement and one
 * commit carry several requests' events. Measured on the 2-core server, INSERTs of 200 rows
 * instead of 50 cost ~28 % less Postgres CPU per event, and less Node CPU for the write (one plan
 * execution, one WAL flush and one round trip for four requests). A lone request is written at
 * once, without waiting for company.
 *
 * Every caller's promise settles only when the statement holding its events has committed, so
 * the route still answers 2xx after the commit. If a group's statement fails, each batch is
 * written again on its own: one faulty batch fails only its own request, and the others,
 * deduplicated by uuid, are not stored twice even if the failed statement had committed.
 */

export interface GroupInsertOptions {
  /** Statements running at once; more means smaller groups. */
  maxInFlight: number
  /** Largest number of items in one statement (a single batch larger than this goes alone). */
  maxItems: number
}

interface Waiting<T> {
  items: readonly T[]
  resolve: () => void
  reject: (error: unknown) => void
}

export class GroupInsert<T> {
  private readonly waiting: Waiting<T>[] = []
  private inFlight = 0

  constructor(
    private readonly write: (items: readonly T[]) => Promise<unknown>,
    private readonly options: GroupInsertOptions
  ) {}

  /** Resolves once `items` are committed, alone or with other batches. */
  add(items: readonly T[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ items, resolve, reject })
      this.drain()
    })
  }

  private drain(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const group = this.takeGroup()
      this.inFlight++
      void this.writeGroup(group).finally(() => {
        this.inFlight--
        this.drain()
      })
    }
  }

  /** The oldest waiting batches, up to maxItems in all (at least one batch). */
  private takeGroup(): Waiting<T>[] {
    let count = 0
    let size = 0
    for (const waiting of this.waiting) {
      if (count > 0 && size + waiting.items.length > this.options.maxItems) break
      size += waiting.items.length
      count++
    }
    return this.waiting.splice(0, count)
  }

  private async writeGroup(group: Waiting<T>[]): Promise<void> {
    try {
      await this.write(group.length === 1 ? (group[0] as Waiting<T>).items : group.flatMap((waiting) => waiting.items))
      for (const waiting of group) waiting.resolve()
    } catch (error) {
      if (group.length === 1) return (group[0] as Waiting<T>).reject(error)
      await Promise.all(
        group.map(async (waiting) => {
          try {
            await this.write(waiting.items)
            waiting.resolve()
          } catch (alone) {
            waiting.reject(alone)
          }
        })
      )
    }
  }
}

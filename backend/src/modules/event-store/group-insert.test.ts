import { describe, expect, it } from "vitest"
import { GroupInsert } from "./group-insert"

/** A writer whose statements finish when the test says so, recording what each one held. */
function controlledWriter(failWhen: (items: readonly string[]) => boolean = () => false) {
  const statements: { items: string[]; finish: () => void }[] = []
  const write = (items: readonly string[]) =>
    new Promise<void>((resolve, reject) => {
      statements.push({ items: [...items], finish: () => (failWhen(items) ? reject(new Error("refused")) : resolve()) })
    })
  return { statements, write }
}

/** Lets pending promise callbacks run (a statement's end starts the next one a few ticks later). */
const tick = () => new Promise((resolve) => setImmediate(resolve))

const settled = async <T>(promise: Promise<T>) => {
  let state = "pending"
  promise.then(
    () => (state = "resolved"),
    () => (state = "rejected")
  )
  await tick()
  return state
}

describe("GroupInsert", () => {
  it("writes a lone batch at once and settles only when its statement has finished", async () => {
    const { statements, write } = controlledWriter()
    const group = new GroupInsert(write, { maxInFlight: 1, maxItems: 100 })
    const done = group.add(["a", "b"])
    expect(statements.map((statement) => statement.items)).toEqual([["a", "b"]])
    expect(await settled(done)).toBe("pending")
    statements[0]!.finish()
    expect(await settled(done)).toBe("resolved")
  })

  it("writes the batches that arrived during a statement together in the next one", async () => {
    const { statements, write } = controlledWriter()
    const group = new GroupInsert(write, { maxInFlight: 1, maxItems: 100 })
    const first = group.add(["a"])
    const second = group.add(["b"])
    const third = group.add(["c", "d"])
    expect(statements).toHaveLength(1)
    statements[0]!.finish()
    await first
    await tick()
    expect(statements.map((statement) => statement.items)).toEqual([["a"], ["b", "c", "d"]])
    expect(await settled(second)).toBe("pending")
    statements[1]!.finish()
    await Promise.all([second, third])
  })

  it("keeps a statement under maxItems, but never splits a batch", async () => {
    const { statements, write } = controlledWriter()
    const group = new GroupInsert(write, { maxInFlight: 1, maxItems: 3 })
    void group.add(["a"])
    void group.add(["b", "c"])
    void group.add(["d", "e"])
    void group.add(["f", "g", "h", "i"])
    for (let index = 0; index < 4; index++) {
      await tick()
      statements[index]?.finish()
      await tick()
    }
    expect(statements.map((statement) => statement.items)).toEqual([["a"], ["b", "c"], ["d", "e"], ["f", "g", "h", "i"]])
  })

  it("runs up to maxInFlight statements at once", () => {
    const { statements, write } = controlledWriter()
    const group = new GroupInsert(write, { maxInFlight: 2, maxItems: 100 })
    void group.add(["a"])
    void group.add(["b"])
    void group.add(["c"])
    expect(statements.map((statement) => statement.items)).toEqual([["a"], ["b"]])
  })

  it("when a shared statement fails, writes each batch alone so that only the faulty one fails", async () => {
    const { statements, write } = controlledWriter((items) => items.includes("bad"))
    const group = new GroupInsert(write, { maxInFlight: 1, maxItems: 100 })
    const first = group.add(["a"])
    const good = group.add(["b"])
    const faulty = group.add(["bad"])
    statements[0]!.finish()
    await first
    await tick()
    statements[1]!.finish() // ["b", "bad"] fails: both batches are retried alone
    await tick()
    expect(statements.slice(2).map((statement) => statement.items)).toEqual([["b"], ["bad"]])
    for (const statement of statements.slice(2)) statement.finish()
    await expect(good).resolves.toBeUndefined()
    await expect(faulty).rejects.toThrow("refused")
  })
})

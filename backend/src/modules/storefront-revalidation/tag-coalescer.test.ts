import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { TagCoalescer } from "./tag-coalescer"

describe("TagCoalescer", () => {
  let sent: string[][]
  let coalescer: TagCoalescer

  beforeEach(() => {
    vi.useFakeTimers()
    sent = []
    coalescer = new TagCoalescer(async (tags) => {
      sent.push(tags)
    }, 1000)
  })
  afterEach(() => vi.useRealTimers())

  it("turns a burst of events into one request per window, each tag once", async () => {
    for (let i = 0; i < 500; i += 1) coalescer.add(i % 2 ? ["products"] : ["products", "categories"])
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(999)
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(sent).toEqual([["categories", "products"]])
  })

  it("opens a new window for tags that arrive after a request", async () => {
    coalescer.add(["products"])
    await vi.advanceTimersByTimeAsync(1000)
    coalescer.add(["regions"])
    coalescer.add(["products"])
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent).toEqual([["products"], ["products", "regions"]])
  })

  it("does not open a window for an empty list", async () => {
    coalescer.add([])
    expect(vi.getTimerCount()).toBe(0)
    await coalescer.flush()
    expect(sent).toEqual([])
  })

  it("splits more tags than the storefront accepts in one body", async () => {
    coalescer.add(Array.from({ length: 130 }, (_, i) => `tag-${String(i).padStart(3, "0")}`))
    await coalescer.flush()
    expect(sent.map((tags) => tags.length)).toEqual([64, 64, 2])
  })

  it("flush sends at once and waits for the request", async () => {
    let finished = false
    const slow = new TagCoalescer(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
      finished = true
    }, 1000)
    slow.add(["products"])
    const flushing = slow.flush()
    await vi.advanceTimersByTimeAsync(50)
    await flushing
    expect(finished).toBe(true)
    expect(slow.pendingTags).toEqual([])
  })

  it("survives a sender that throws", async () => {
    const failing = new TagCoalescer(async () => {
      throw new Error("storefront down")
    }, 10)
    failing.add(["products"])
    await expect(failing.flush()).resolves.toBeUndefined()
  })
})

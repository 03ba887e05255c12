import { describe, expect, it } from "vitest"
import { KeyedQueue } from "./keyed-queue"

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("KeyedQueue", () => {
  it("runs tasks sharing a key one after the other, in the order they were added", async () => {
    const queue = new KeyedQueue(4)
    const log: string[] = []
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`)
      await tick(ms)
      log.push(`end ${name}`)
      return name
    }
    const results = await Promise.all([
      queue.run(["variant_a"], task("1", 30)),
      queue.run(["variant_b"], task("2", 5)),
      queue.run(["variant_a", "variant_b"], task("3", 1)),
      queue.run(["variant_a"], task("4", 1)),
    ])
    expect(results).toEqual(["1", "2", "3", "4"])
    // 1 and 2 run side by side; 3 waits for both; 4 waits for 3 although it is quicker.
    expect(log.indexOf("start 2")).toBeLessThan(log.indexOf("end 1"))
    expect(log.indexOf("start 3")).toBeGreaterThan(log.indexOf("end 1"))
    expect(log.indexOf("start 4")).toBeGreaterThan(log.indexOf("end 3"))
  })

  it("never runs more than its limit at once, and a failure does not block the key", async () => {
    const queue = new KeyedQueue(2)
    let running = 0
    let most = 0
    const work = async () => {
      running++
      most = Math.max(most, running)
      await tick(5)
      running--
    }
    const failing = queue.run(["x"], async () => {
      throw new Error("refused")
    })
    const rest = Array.from({ length: 8 }, (_, index) => queue.run([`k${index % 3}`, "x"].slice(0, index % 2 + 1), work))
    await expect(failing).rejects.toThrow("refused")
    await Promise.all(rest)
    expect(most).toBe(2)
  })
})

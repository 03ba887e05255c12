import { describe, expect, it } from "vitest"
import { RateLimiter } from "./rate-limiter"

function clock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe("RateLimiter", () => {
  it("accepts the limit, refuses the next request and says when to retry", () => {
    const time = clock()
    const limiter = new RateLimiter({ limitPerMinute: 3, now: time.now })
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true])
    time.advance(20_000)
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 40 })
  })

  it("counts each client apart", () => {
    const limiter = new RateLimiter({ limitPerMinute: 1, now: clock().now })
    expect(limiter.take("a").allowed).toBe(true)
    expect(limiter.take("b").allowed).toBe(true)
    expect(limiter.take("a").allowed).toBe(false)
  })

  it("opens a new window a minute after the client's first request", () => {
    const time = clock()
    const limiter = new RateLimiter({ limitPerMinute: 1, now: time.now })
    limiter.take("a")
    time.advance(59_999)
    expect(limiter.take("a").allowed).toBe(false)
    time.advance(1)
    expect(limiter.take("a").allowed).toBe(true)
  })

  it("puts clients beyond maxClients in one shared bucket", () => {
    const limiter = new RateLimiter({ limitPerMinute: 2, maxClients: 2, now: clock().now })
    limiter.take("a")
    limiter.take("b")
    expect(limiter.take("c").allowed).toBe(true)
    expect(limiter.take("d").allowed).toBe(true)
    expect(limiter.take("e").allowed).toBe(false)
    expect(limiter.take("a").allowed).toBe(true)
  })

  it("forgets expired clients, so memory does not grow with every visitor ever seen", () => {
    const time = clock()
    const limiter = new RateLimiter({ limitPerMinute: 1, maxClients: 2, now: time.now })
    limiter.take("a")
    limiter.take("b")
    time.advance(60_000)
    expect(limiter.take("c").allowed).toBe(true)
    expect(limiter.take("c").allowed).toBe(false)
  })

  it("refuses a limit that would disable the protection", () => {
    expect(() => new RateLimiter({ limitPerMinute: 0 })).toThrow(RangeError)
  })
})

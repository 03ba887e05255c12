/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same market,
 * which is what makes a simulated history reproducible and testable. Not for cryptography.
 */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A generator for one part of the simulation (a day, a visit), independent of the others. */
  static derive(...parts: (number | string)[]): Random {
    let hash = 2166136261
    for (const part of parts.join("|")) {
      hash ^= part.charCodeAt(0)
      hash = Math.imul(hash, 16777619)
    }
    return new Random(hash >>> 0)
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list")
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** One item, with a probability proportional to its weight (weights ≥ 0, not all zero). */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let total = 0
    for (const item of items) total += Math.max(0, weightOf(item))
    if (total <= 0) return this.pick(items)
    let target = this.next() * total
    for (const item of items) {
      target -= Math.max(0, weightOf(item))
      if (target < 0) return item
    }
    return items[items.length - 1] as T
  }

  /** Normal deviate (Box–Muller), for day-to-day noise. */
  normal(mean = 0, deviation = 1): number {
    const u = 1 - this.next()
    const v = this.next()
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Hexadecimal id of `length` characters (session and visitor ids). */
  hex(length: number): string {
    let out = ""
    while (out.length < length) out += Math.floor(this.next() * 0x100000000).toString(16).padStart(8, "0")
    return out.slice(0, length)
  }

  /** An RFC 4122 version 4 formatted uuid drawn from this generator (event uuids). */
  uuid(): string {
    const hex = this.hex(32)
    const variant = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16)
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  }
}

import { describe, expect, it } from "vitest"
import { demoShopSnapshot } from "./demo-snapshot"
import { simulatorSettings } from "./defaults"
import { parseDuration, parseRate, planLiveVisit, RateSchedule } from "./live"
import { MarketState } from "./market-state"
import { Random } from "./random"

describe("the live rate", () => {
  it("reads visitors per second, minute or hour, and refuses the rest", () => {
    expect(parseRate("2/s")).toBe(2)
    expect(parseRate("30/min")).toBe(0.5)
    expect(parseRate("1,5 / s")).toBe(1.5)
    expect(parseRate("360/h")).toBeCloseTo(0.1)
    for (const bad of ["2", "2/j", "0/s", "-1/s", "100/s", "deux/s"]) expect(() => parseRate(bad), bad).toThrow()
  })

  it("reads durations", () => {
    expect(parseDuration("10m")).toBe(600_000)
    expect(parseDuration("90s")).toBe(90_000)
    expect(parseDuration("2h")).toBe(7_200_000)
    expect(parseDuration("45")).toBe(45_000)
    expect(() => parseDuration("dix minutes")).toThrow()
  })
})

describe("the rate scheduler", () => {
  it("releases rate × elapsed visitors, whatever the tick", () => {
    const schedule = new RateSchedule(0, 2)
    let started = 0
    // Irregular ticks over one minute, as timers on a loaded machine give.
    for (let now = 0; now <= 60_000; now += 137 + (now % 7) * 50) started += schedule.due(now)
    started += schedule.due(60_000)
    expect(started).toBe(121)
  })

  it("waits until the next visitor is due", () => {
    const schedule = new RateSchedule(1_000, 0.5)
    expect(schedule.due(1_000)).toBe(1)
    expect(schedule.due(2_999)).toBe(0)
    expect(schedule.delayUntilNext(2_000)).toBe(1_000)
    expect(schedule.due(3_000)).toBe(1)
  })

  it("releases a bounded burst after a stall and forgets the rest", () => {
    const schedule = new RateSchedule(0, 2, 10)
    expect(schedule.due(0)).toBe(1)
    expect(schedule.due(60_000)).toBe(10)
    expect(schedule.due(60_400)).toBe(0)
    expect(schedule.due(60_500)).toBe(1)
  })
})

describe("a live visitor", () => {
  it("is planned by the history's models, the same for the same seed", () => {
    const settings = simulatorSettings()
    const plan = (seed: number) => {
      const state = new MarketState(demoShopSnapshot(new Date("2026-11-29T12:00:00Z")), settings)
      const random = new Random(seed)
      const at = new Date("2026-11-29T15:00:00Z")
      return Array.from({ length: 200 }, () => planLiveVisit({ state, settings, random, at, seed }))
    }
    const visits = plan(3)
    expect(visits.map((visit) => visit.sessionId)).toEqual(plan(3).map((visit) => visit.sessionId))
    const channels = new Set(visits.map((visit) => visit.acquisition.channel))
    expect(channels.size).toBeGreaterThanOrEqual(5)
    expect(visits.every((visit) => visit.startedAt.getTime() === Date.parse("2026-11-29T15:00:00Z"))).toBe(true)
  })
})

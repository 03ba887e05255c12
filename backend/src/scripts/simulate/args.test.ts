import { describe, expect, it } from "vitest"
import { parseSimulateArgs } from "./args"

describe("simulate's arguments", () => {
  it("reads the history's options with their defaults", () => {
    expect(parseSimulateArgs(["days=90", "seed=7"])).toMatchObject({ days: 90, visitors: 300, seed: 7, live: false, duration: null })
  })

  it("places the history's orders in bulk unless the Store API path is asked for", () => {
    expect(parseSimulateArgs(["days=90"]).orders).toBe("bulk")
    expect(parseSimulateArgs(["days=90", "orders=store-api"]).orders).toBe("store-api")
    expect(() => parseSimulateArgs(["orders=http"])).toThrow(/arguments invalides/)
  })

  it("reads live mode, its rate and duration", () => {
    expect(parseSimulateArgs(["live=true", "rate=2/s", "duration=10m", "backend=http://localhost:9281"])).toMatchObject({
      live: true,
      rate: 2,
      duration: 600_000,
      backend: "http://localhost:9281",
    })
  })

  it("explains a wrong rate or an unknown option in French", () => {
    expect(() => parseSimulateArgs(["live=true", "rate=vite"])).toThrow(/rate « vite »/)
    expect(() => parseSimulateArgs(["speed=2"])).toThrow(/arguments invalides/)
    expect(() => parseSimulateArgs(["--days"])).toThrow(/clé=valeur/)
  })

  it("reads the two promotions a replay compares", () => {
    expect(parseSimulateArgs(["replay=BIENVENUE10, MERCI5", "days=30"])).toMatchObject({ replay: ["BIENVENUE10", "MERCI5"], days: 30, seed: 42 })
    expect(parseSimulateArgs([]).replay).toBeNull()
  })

  it("refuses a replay without exactly two different codes, or with live mode", () => {
    expect(() => parseSimulateArgs(["replay=BIENVENUE10"])).toThrow(/deux codes de promotion/)
    expect(() => parseSimulateArgs(["replay=A,B,C"])).toThrow(/deux codes de promotion/)
    expect(() => parseSimulateArgs(["replay=A,A"])).toThrow(/différents/)
    expect(() => parseSimulateArgs(["replay=A,B", "live=true"])).toThrow(/replay et live/)
  })
})

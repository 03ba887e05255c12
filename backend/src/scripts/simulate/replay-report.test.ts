import { simulator } from "@comptoir/seed"
import { describe, expect, it } from "vitest"
import { chanceSentence, comparePromotions, replayReportLines } from "./replay-report"

const today = new Date("2026-11-29T12:00:00Z")
const settings = simulator.simulatorSettings()

function scenario(code: string, sessions: number, orders: number): simulator.ReplayScenario {
  return {
    code,
    sessions,
    orders,
    conversionRate: orders / sessions,
    revenue: orders * 40,
    discount: orders * 4,
    averageBasket: 40,
    activeDays: 30,
    sessionsByChannel: { direct: sessions },
    ordersByChannel: { direct: orders },
  }
}

const replayOf = (a: simulator.ReplayScenario, b: simulator.ReplayScenario): simulator.PromotionReplay => ({
  firstDay: "2026-10-30",
  lastDay: "2026-11-28",
  days: 30,
  seed: 42,
  scenarios: [a, b],
})

describe("comparing two replayed promotions", () => {
  it("says a small difference may be chance", () => {
    const comparison = comparePromotions(replayOf(scenario("A10", 9000, 280), scenario("B5", 9000, 290)))
    expect(comparison.conversion.compatibleWithChance).toBe(true)
    expect(chanceSentence(comparison)).toMatch(/^Écart de conversion B5 − A10 : \+0,11 point \(intervalle de confiance à 95 % : [-−]0,\d\d point à \+0,\d\d point\)/)
    expect(chanceSentence(comparison)).toContain("la différence peut venir du hasard")
  })

  it("says a large difference is the promotion's", () => {
    const comparison = comparePromotions(replayOf(scenario("PETITE", 4000, 120), scenario("GRANDE", 4000, 220)))
    expect(comparison.conversion.difference).toBeCloseTo(0.025, 10)
    expect(comparison.conversion.compatibleWithChance).toBe(false)
    expect(chanceSentence(comparison)).toContain("+2,50 points")
    expect(chanceSentence(comparison)).toContain("la différence vient de la promotion")
  })

  it("has nothing to compare without visits", () => {
    expect(chanceSentence(comparePromotions(replayOf(scenario("A", 0, 0), scenario("B", 0, 0))))).toMatch(/Aucune visite/)
  })
})

describe("the replay's table", { timeout: 60_000 }, () => {
  it("prints both scenarios of a real replay in fr-FR, with a warning for a promotion out of its campaign", () => {
    const replay = simulator.replayPromotions({
      shop: simulator.demoShopSnapshot(today),
      settings,
      seed: 42,
      from: "2026-11-01",
      days: 7,
      promotions: ["LETTRE10", "SOLDES30"],
    })
    const lines = replayReportLines(comparePromotions(replay), "eur")
    expect(lines[0]).toMatch(/^Rejeu du 01\/11\/2026 au 07\/11\/2026 \(7 jours, graine 42\)/)
    expect(lines[1]).toMatch(/A : LETTRE10 +B : SOLDES30$/)
    const sessions = replay.scenarios[0].sessions.toLocaleString("fr-FR")
    expect(lines.find((line) => line.startsWith("Visites"))).toMatch(new RegExp(`${sessions} +${sessions}$`))
    expect(lines.find((line) => line.startsWith("Taux de conversion"))).toMatch(/\d,\d\d\s%\s+\d,\d\d\s%$/)
    expect(lines.find((line) => line.startsWith("Panier moyen"))).toMatch(/\d,\d\d\s€$/)
    expect(lines.some((line) => line.startsWith("Attention : SOLDES30 ne s'applique que 0 jour(s) sur 7"))).toBe(true)
    expect(lines.some((line) => line.startsWith("Écart de conversion SOLDES30 − LETTRE10"))).toBe(true)
  })
})

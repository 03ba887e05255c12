import { proportionDifference } from "@comptoir/analytics"
import { describe, expect, it } from "vitest"
import { differenceSentence, formatPoints } from "./comparison-text"

describe("comparison sentences", () => {
  it("write points in French", () => {
    expect(formatPoints(0.0412)).toBe("+4,1")
    expect(formatPoints(-0.75)).toBe("−75,0")
  })

  it("say when the difference may be chance", () => {
    const sentence = differenceSentence("RENTREE10", "NOEL20", proportionDifference({ successes: 1, trials: 4 }, { successes: 2, trials: 2 }))
    expect(sentence).toBe(
      "Entre RENTREE10 et NOEL20, la différence de conversion est de −75,0 points, intervalle de confiance à 95 % : [−95,4 ; +4,6] ; cet intervalle contient 0 : la différence peut être due au hasard."
    )
  })

  it("say when it probably is not", () => {
    const sentence = differenceSentence("A", "B", proportionDifference({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }))
    expect(sentence).toContain("[+5,2 ; +33,4]")
    expect(sentence).toContain("n’est probablement pas due au hasard")
  })
})

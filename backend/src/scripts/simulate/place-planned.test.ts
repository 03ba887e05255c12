import { describe, expect, it } from "vitest"
import { shippingChooser } from "./place-planned"

const OPTIONS = [
  { name: "Livraison en point relais", id: "so_01AAA" },
  { name: "Livraison à domicile", id: "so_01BBB" },
  { name: "Retrait en magasin", id: "so_01CCC" },
]

describe("a simulated buyer's shipping option", () => {
  it("is the same on two installs whose option ids and listing order differ", () => {
    const reinstalled = [...OPTIONS].reverse().map((option, index) => ({ ...option, id: `so_02${"ZYX"[index]}` }))
    const nameOf = (options: typeof OPTIONS, id: string) => options.find((option) => option.id === id)?.name
    for (const session of ["a", "b", "c", "d", "e", "f"]) {
      expect(nameOf(reinstalled, shippingChooser(session)(reinstalled))).toBe(nameOf(OPTIONS, shippingChooser(session)(OPTIONS)))
    }
    // The sessions do not all pick the same option (the draw is really compared).
    expect(new Set(["a", "b", "c", "d", "e", "f"].map((session) => shippingChooser(session)(OPTIONS))).size).toBeGreaterThan(1)
  })
})

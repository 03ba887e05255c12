import { describe, expect, it } from "vitest"
import { activityCsv } from "./csv"
import { foldSummary } from "./service"

const entry = {
  id: "act_1",
  actor_id: "user_2",
  actor_email: "lea@lycee.fr",
  actor_name: "Léa Martin",
  action: "updated" as const,
  entity_type: "product",
  entity_id: "prod_1",
  entity_label: '=HYPERLINK("x"); Sac',
  summary: "Produit modifié",
  method: "POST",
  path: "/admin/products/prod_1",
  occurred_at: "2026-11-29T16:05:00.000Z",
}

describe("activityCsv", () => {
  it("writes a BOM, French headers and Paris time, and defuses formulas", () => {
    const csv = activityCsv([entry])
    expect(csv.startsWith("\uFEFFDate;Personne;E-mail;Action;Type d'élément;Identifiant;Libellé;Résumé;Requête\r\n")).toBe(true)
    const row = csv.split("\r\n")[1] as string
    expect(row).toContain("29/11/2026 17:05:00;Léa Martin;lea@lycee.fr;Modification;Produit;prod_1;")
    expect(row).toContain(`"'=HYPERLINK(""x""); Sac"`)
    expect(row.endsWith("POST /admin/products/prod_1")).toBe(true)
  })
})

describe("foldSummary", () => {
  it("adds up one person's counts and sorts the most active first", () => {
    const at = (iso: string) => new Date(iso)
    const summaries = foldSummary([
      { actor_id: "user_1", actor_email: "a@x.fr", actor_name: "A", entity_type: "product", action: "updated", count: "1", first_at: at("2026-11-01T10:00:00Z"), last_at: at("2026-11-01T10:00:00Z") },
      { actor_id: "user_2", actor_email: "b@x.fr", actor_name: "B", entity_type: "product", action: "updated", count: "2", first_at: at("2026-11-02T10:00:00Z"), last_at: at("2026-11-03T10:00:00Z") },
      { actor_id: "user_2", actor_email: "b@x.fr", actor_name: "B", entity_type: "promotion", action: "created", count: "1", first_at: at("2026-11-01T09:00:00Z"), last_at: at("2026-11-01T09:00:00Z") },
    ])
    expect(summaries.map((s) => [s.actor_id, s.total])).toEqual([["user_2", 3], ["user_1", 1]])
    expect(summaries[0]).toMatchObject({
      first_at: "2026-11-01T09:00:00.000Z",
      last_at: "2026-11-03T10:00:00.000Z",
      by_entity_type: { product: 2, promotion: 1 },
      by_action: { updated: 2, created: 1 },
    })
  })
})

import { describe, expect, it } from "vitest"
import { parseAccountsCsv, splitLine } from "./parse-accounts"

describe("parseAccountsCsv", () => {
  it("reads a French list with ; and a BOM, splitting first and last names", () => {
    const result = parseAccountsCsv("\uFEFFNom;E-mail;Rôle\r\nLéa Martin;Lea.Martin@Lycee.fr;élève\r\nM. Dupont;dupont@lycee.fr;Enseignant\r\n\r\n")
    expect(result).toEqual({
      ok: true,
      accounts: [
        { line: 2, first_name: "Léa", last_name: "Martin", email: "lea.martin@lycee.fr", role: "student" },
        { line: 3, first_name: "M.", last_name: "Dupont", email: "dupont@lycee.fr", role: "teacher" },
      ],
    })
  })

  it("reads an English list with commas, quotes and a separate first-name column", () => {
    const result = parseAccountsCsv('first_name,name,email,role\nLéa,"Martin, Jr",lea@x.fr,student\n')
    expect(result).toEqual({ ok: true, accounts: [{ line: 2, first_name: "Léa", last_name: "Martin, Jr", email: "lea@x.fr", role: "student" }] })
  })

  it("reports every problem of the file at once", () => {
    const result = parseAccountsCsv(
      ["nom;email;role", "Léa Martin;lea@x.fr;eleve", ";pas-une-adresse;directeur", "Tom;LEA@x.fr;eleve", "Zoé;zoe@x.fr"].join("\n")
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        "ligne 3 : nom manquant, adresse e-mail invalide « pas-une-adresse », rôle inconnu « directeur » (enseignant ou eleve)",
        "ligne 4 : adresse e-mail déjà présente ligne 2",
        "ligne 5 : 2 champs au lieu de 3",
      ],
    })
  })

  it("refuses a file without the needed columns or without accounts", () => {
    expect(parseAccountsCsv("")).toEqual({ ok: false, problems: ["le fichier est vide"] })
    expect(parseAccountsCsv("nom;adresse\nLéa;lea@x.fr")).toMatchObject({ ok: false, problems: [expect.stringContaining("« email »"), expect.stringContaining("« role »")] })
    expect(parseAccountsCsv("nom;email;role\n")).toEqual({ ok: false, problems: ["aucun compte dans le fichier (seulement l'en-tête)"] })
  })
})

describe("splitLine", () => {
  it("keeps a quoted separator and doubled quotes", () => {
    expect(splitLine('"Martin; ""Léa""";a@b.fr;eleve', ";")).toEqual(['Martin; "Léa"', "a@b.fr", "eleve"])
  })
})

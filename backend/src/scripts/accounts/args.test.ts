import { describe, expect, it } from "vitest"
import { accountsExecArgs, parseAccountsArgs } from "./args"
import { readablePassword } from "./passwords"
import { passwordsCsv, passwordsTable } from "./report"

describe("accounts arguments", () => {
  it("turn the typed command into medusa exec words with absolute paths, and back", () => {
    const words = accountsExecArgs(["import", "eleves.csv", "--out", "mdp.csv"], "/home/prof")
    expect(words).toEqual(["import", "file=/home/prof/eleves.csv", "out=/home/prof/mdp.csv"])
    expect(parseAccountsArgs(words)).toEqual({ command: "import", file: "/home/prof/eleves.csv", out: "/home/prof/mdp.csv" })
    expect(accountsExecArgs(["import", "/tmp/a.csv", "--out=b.csv"], "/x")).toEqual(["import", "file=/tmp/a.csv", "out=/x/b.csv"])
  })

  it("explain the usage on a wrong command line", () => {
    expect(() => accountsExecArgs([], "/x")).toThrow(/usage/)
    expect(() => accountsExecArgs(["export", "a.csv"], "/x")).toThrow(/usage/)
    expect(() => accountsExecArgs(["import", "a.csv", "--force"], "/x")).toThrow(/--force/)
    expect(() => accountsExecArgs(["import", "a.csv", "--out"], "/x")).toThrow(/--out/)
    expect(() => parseAccountsArgs(["import", "file=a", "role=x"])).toThrow(/role/)
  })
})

describe("initial passwords", () => {
  it("are readable and differ", () => {
    const passwords = new Set(Array.from({ length: 200 }, readablePassword))
    expect(passwords.size).toBe(200)
    for (const password of passwords) expect(password).toMatch(/^([bcdfghjkmnprstvz][aeiu]){2}(-([bcdfghjkmnprstvz][aeiu]){2}){2}-\d{2}$/)
  })

  it("are given as a table or a CSV file", () => {
    const created = [{ email: "lea@x.fr", first_name: "Léa", last_name: "Martin", role: "student" as const, password: "kavu-demi-toza-47" }]
    expect(passwordsCsv(created)).toBe("\uFEFFnom;email;role;mot_de_passe\r\nLéa Martin;lea@x.fr;élève;kavu-demi-toza-47\r\n")
    expect(passwordsTable(created).split("\n")).toEqual([
      "Nom         E-mail    Rôle   Mot de passe initial",
      "----------  --------  -----  --------------------",
      "Léa Martin  lea@x.fr  élève  kavu-demi-toza-47",
    ])
  })
})
